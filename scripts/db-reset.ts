// `npm run db:reset`: deletes the local SQLite database (or drops and recreates every table on PostgreSQL),
// then migrates and seeds again. Asks no questions: it is for development databases.
import { rmSync } from "node:fs";
import path from "node:path";
import { providerOf } from "../lib/validation/env";
import { checkedEnv, ensurePrismaClient, loadEnvFiles, migrate, ROOT, run, seed } from "./lib/setup";

loadEnvFiles();
const env = checkedEnv();
const provider = providerOf(env.DATABASE_URL);
const childEnv = { ...process.env, DATABASE_URL: env.DATABASE_URL };
ensurePrismaClient(provider, childEnv);
if (provider === "sqlite") {
  const file = path.resolve(ROOT, env.DATABASE_URL.replace(/^file:/, ""));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  console.log(`Lectio: deleted ${path.relative(ROOT, file)}`);
  await migrate(childEnv);
} else {
  run("prisma", ["migrate", "reset", "--force", "--skip-seed"], { env: childEnv });
}
seed(childEnv);
