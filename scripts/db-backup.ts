// `npm run db:backup [-- <file>]`: a consistent copy of the database while Lectio keeps running.
// SQLite: SQLite's online backup API (better-sqlite3's backup()). PostgreSQL: pg_dump in custom format.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { providerOf } from "../lib/validation/env";
import { checkedEnv, loadEnvFiles, ROOT } from "./lib/setup";

loadEnvFiles();
const env = checkedEnv();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const provider = providerOf(env.DATABASE_URL);
const target = path.resolve(process.argv[2] ?? path.join(ROOT, ".data/backups", `lectio-${stamp}.${provider === "sqlite" ? "db" : "dump"}`));
mkdirSync(path.dirname(target), { recursive: true });

if (provider === "sqlite") {
  const source = new Database(path.resolve(ROOT, env.DATABASE_URL.replace(/^file:/, "")), { readonly: true, fileMustExist: true });
  await source.backup(target);
  source.close();
} else {
  const result = spawnSync("pg_dump", ["--format=custom", `--file=${target}`, env.DATABASE_URL], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error("Lectio: pg_dump failed (is the PostgreSQL client installed? apt-get install postgresql-client)");
    process.exit(1);
  }
}
console.log(`Lectio: backup written to ${path.relative(process.cwd(), target)}`);
