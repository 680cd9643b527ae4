import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { providerOf } from "@/lib/validation/env";
import { env } from "./env";

// One Prisma client per process. The adapter follows DATABASE_URL; the generated client must have been
// generated for the same provider (npm start and npm test see to that).
function createClient(): PrismaClient {
  const url = env().DATABASE_URL;
  if (providerOf(url) === "postgresql") {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  }
  const adapter = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { lectioPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.lectioPrisma ?? createClient();
globalForPrisma.lectioPrisma = db;

export type { PrismaClient };
