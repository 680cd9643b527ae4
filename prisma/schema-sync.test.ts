import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom } from "../scripts/sync-schema.mjs";

const root = path.resolve(import.meta.dirname, "..");
const read = (p: string) => readFileSync(path.join(root, p), "utf8");
const migrations = (provider: string) =>
  readdirSync(path.join(root, `prisma/${provider}/migrations`), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

describe("SQLite and PostgreSQL stay in step", () => {
  it("the PostgreSQL schema is generated from the SQLite one (run npm run db:sync-schema)", () => {
    expect(read("prisma/postgresql/schema.prisma")).toBe(postgresSchemaFrom(read("prisma/sqlite/schema.prisma")));
  });

  it("every migration exists for both providers", () => {
    expect(migrations("postgresql")).toEqual(migrations("sqlite"));
  });

  it("both migration histories create the same tables", () => {
    const tables = (provider: string) =>
      migrations(provider)
        .flatMap((m) => [...read(`prisma/${provider}/migrations/${m}/migration.sql`).matchAll(/CREATE TABLE "(\w+)"/g)].map((x) => x[1]))
        .sort();
    expect(tables("postgresql")).toEqual(tables("sqlite"));
    expect(tables("sqlite")).toContain("Response");
  });
});

describe("migrations match the schema", () => {
  const diff = (provider: "sqlite" | "postgresql", databaseUrl: string) =>
    spawnSync(
      path.join(root, "node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-migrations", `prisma/${provider}/migrations`, "--to-schema-datamodel", `prisma/${provider}/schema.prisma`, "--exit-code"],
      // The Prisma config picks the provider (and its shadow database) from DATABASE_URL.
      { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl } },
    );

  it("applying the SQLite migrations gives exactly prisma/sqlite/schema.prisma", () => {
    mkdirSync(path.join(root, ".data/test"), { recursive: true });
    const scratch = `.data/test/schema-check-${process.pid}.db`;
    const result = diff("sqlite", `file:./${scratch}`);
    rmSync(path.join(root, scratch), { force: true });
    // --exit-code: 0 no difference, 2 difference (a migration is missing), 1 error.
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });

  // On the PostgreSQL run of the suite (DATABASE_URL=postgresql://… npm test), the PostgreSQL history too.
  if (/^postgres/.test(process.env.DATABASE_URL ?? "")) it("applying the PostgreSQL migrations gives exactly prisma/postgresql/schema.prisma", () => {
    const result = diff("postgresql", process.env.DATABASE_URL!);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });
});
