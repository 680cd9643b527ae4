// postinstall: generate the Prisma client for the database DATABASE_URL names (SQLite by default).
import { checkedEnv, ensurePrismaClient, loadEnvFiles } from "./lib/setup";
import { providerOf } from "../lib/validation/env";

loadEnvFiles();
const env = checkedEnv();
ensurePrismaClient(providerOf(env.DATABASE_URL), { ...process.env, DATABASE_URL: env.DATABASE_URL });
