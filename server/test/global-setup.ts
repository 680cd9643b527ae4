// Vitest global setup: one migrated template database per run; each test file gets its own copy
// (server/test/setup-db.ts). SQLite by default; PostgreSQL when LECTIO_TEST_DATABASE_URL is postgresql://….
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TEST_DIR = path.join(ROOT, ".data/test");
const RUN = `u${process.pid}`;

function migrate(url: string) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrating the test template failed:\n${result.stdout}\n${result.stderr}`);
}

async function admin(base: string, sql: string[]) {
  const url = new URL(base);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    for (const statement of sql) await client.query(statement);
  } finally {
    await client.end();
  }
}

export default async function setup() {
  const base = process.env.LECTIO_TEST_DATABASE_URL;
  process.env.LECTIO_TEST_RUN = RUN;
  if (base && /^postgres(ql)?:\/\//.test(base)) {
    const template = `lectio_${RUN}_template`;
    await admin(base, [`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`, `CREATE DATABASE ${template}`]);
    const url = new URL(base);
    url.pathname = `/${template}`;
    migrate(url.toString());
    process.env.LECTIO_TEST_TEMPLATE = url.toString();
    return async () => {
      const url2 = new URL(base);
      url2.pathname = "/postgres";
      const client = new pg.Client({ connectionString: url2.toString() });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`lectio_${RUN}_%`]);
      for (const row of rows) await client.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await client.end();
    };
  }
  mkdirSync(TEST_DIR, { recursive: true });
  const file = path.join(TEST_DIR, `${RUN}-template.db`);
  rmSync(file, { force: true });
  migrate(`file:${file}`);
  process.env.LECTIO_TEST_TEMPLATE = `file:${file}`;
  return () => {
    for (const name of readdirSync(TEST_DIR)) if (name.startsWith(`${RUN}-`)) rmSync(path.join(TEST_DIR, name), { force: true });
  };
}
