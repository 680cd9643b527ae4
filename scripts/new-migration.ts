// `npm run db:new-migration -- <name>`: after editing prisma/sqlite/schema.prisma (the source of truth),
// regenerate the PostgreSQL schema and write a migration for each provider from the difference between
// the committed migrations and the schema. Needs the PostgreSQL server for its shadow database.
import { existsSync, mkdirSync, renameSync, readdirSync } from "node:fs";
import path from "node:path";
import { ROOT, run } from "./lib/setup";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <snake_case_name>");
  process.exit(2);
}
run("node", ["scripts/sync-schema.mjs"]);
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const urls = {
  sqlite: "file:./.data/migration-scratch.db",
  postgresql: process.env.LECTIO_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
};
mkdirSync(path.join(ROOT, ".data"), { recursive: true });
for (const provider of ["sqlite", "postgresql"] as const) {
  const dir = `prisma/${provider}/migrations`;
  const tmp = path.join(ROOT, ".data", `${provider}-${stamp}.sql`);
  run("prisma", ["migrate", "diff", "--from-migrations", dir, "--to-schema-datamodel", `prisma/${provider}/schema.prisma`, "--script", "-o", tmp], {
    env: { ...process.env, DATABASE_URL: urls[provider] },
  });
  const target = path.join(ROOT, dir, `${stamp}_${name}`);
  if (readdirSync(path.join(ROOT, dir)).some((d) => d.endsWith(`_${name}`))) throw new Error(`a migration named ${name} exists`);
  mkdirSync(target);
  renameSync(tmp, path.join(target, "migration.sql"));
  console.log(`wrote ${path.relative(ROOT, target)}/migration.sql${existsSync(tmp) ? "" : ""}`);
}
