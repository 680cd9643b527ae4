import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Prisma CLI configuration. The database is chosen by DATABASE_URL, as at run time:
// postgresql://… → PostgreSQL, anything else (default file:./.data/lectio.db) → embedded SQLite.
// The engine workarounds below are for the CLI process only (see docs/decisions/002-prisma-6-driver-adapters.md).
const url = process.env.DATABASE_URL || "file:./.data/lectio.db";
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";

// prisma/orm#27403: the engine's catalog queries return PostgreSQL types `name` (19) and `"char"` (18),
// which adapter-pg cannot deserialise. Report them as `text` (25).
if (provider === "postgresql") {
  const fix = (r: pg.QueryResult | undefined) => {
    for (const f of r?.fields ?? []) if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25;
    return r;
  };
  const orig = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  (pg.Client.prototype as { query: unknown }).query = function (this: unknown, ...args: unknown[]) {
    const cb = args[args.length - 1];
    if (typeof cb === "function") {
      args[args.length - 1] = (err: Error, r: pg.QueryResult) => cb(err, fix(r));
      return orig.apply(this, args);
    }
    const res = orig.apply(this, args) as Promise<pg.QueryResult> | undefined;
    return res && typeof res.then === "function" ? res.then(fix) : res;
  };
}

// With `connectionString` the shadow database would be the main one: pass the fields separately.
function pgConfigFromUrl(value: string): pg.PoolConfig {
  const u = new URL(value);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
  };
}

// The SQLite shadow database rejects multi-statement SQL through prepare(): run such SQL as a script.
function sqliteWithShadowFix(factory: PrismaBetterSQLite3) {
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const a = await connectToShadowDb();
    const executeRaw = a.executeRaw.bind(a);
    a.executeRaw = async (q) => {
      if (q.args.length === 0 && /;\s*\S/.test(q.sql)) {
        await a.executeScript(q.sql);
        return 0;
      }
      return executeRaw(q);
    };
    return a;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  adapter: async () =>
    provider === "postgresql"
      ? new PrismaPg({ ...pgConfigFromUrl(url), idleTimeoutMillis: 100 })
      : sqliteWithShadowFix(new PrismaBetterSQLite3({ url })),
});
