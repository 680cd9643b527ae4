// Shared steps of `npm start`, `npm test` and the database scripts. Node-only, no Next.js.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import Database from "better-sqlite3";
import { parseEnv, providerOf, type DatabaseProvider, type Env } from "../../lib/validation/env";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const DATA_DIR = path.join(ROOT, ".data");
const BIN = path.join(ROOT, "node_modules/.bin");

/** Load .env.local then .env (neither overrides what the environment already says). */
export function loadEnvFiles(): void {
  for (const file of [".env.local", ".env"]) {
    const full = path.join(ROOT, file);
    if (existsSync(full)) process.loadEnvFile(full);
  }
}

/** Validate the environment; a bad value ends the process with one clear line. */
export function checkedEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = parseEnv(source);
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  return result.env;
}

/** NEXTAUTH_SECRET from the environment, else one generated on first run and kept in .data/ (git-ignored). */
export function ensureSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

export function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const bin = existsSync(path.join(BIN, command)) ? path.join(BIN, command) : command;
  const result = spawnSync(bin, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`Lectio: \`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const GENERATED = path.join(ROOT, "generated/prisma");
const PROVIDER_STAMP = path.join(GENERATED, ".provider");

/** Generate the Prisma client for the database in use, unless it already is. */
export function ensurePrismaClient(provider: DatabaseProvider, env: NodeJS.ProcessEnv = process.env): void {
  const schema = readFileSync(path.join(ROOT, `prisma/${provider}/schema.prisma`), "utf8");
  const stamp = `${provider}:${createHash("sha256").update(schema).digest("hex")}`;
  if (existsSync(PROVIDER_STAMP) && readFileSync(PROVIDER_STAMP, "utf8") === stamp) return;
  run("prisma", ["generate"], { env });
  writeFileSync(PROVIDER_STAMP, stamp);
}

/** Create the SQLite folder or the PostgreSQL database if missing, then apply committed migrations. */
export async function migrate(env: NodeJS.ProcessEnv & { DATABASE_URL: string }): Promise<void> {
  const url = env.DATABASE_URL;
  if (providerOf(url) === "sqlite") {
    const file = url.replace(/^file:/, "");
    mkdirSync(path.dirname(path.resolve(ROOT, file)), { recursive: true });
  } else {
    await ensurePostgresDatabase(url);
  }
  run("prisma", ["migrate", "deploy"], { env });
  if (providerOf(url) === "sqlite") enableWriteAheadLog(path.resolve(ROOT, url.replace(/^file:/, "")));
}

/**
 * SQLite in write-ahead-log mode: readers don't block the writer, and a killed process loses nothing it
 * committed. The mode is stored in the database file, so setting it once here serves every later connection.
 */
function enableWriteAheadLog(file: string): void {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  try {
    await client.connect();
  } catch (error) {
    console.error(`Lectio: cannot reach PostgreSQL at ${target.host}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`Lectio: created PostgreSQL database ${name}`);
    }
  } finally {
    await client.end();
  }
}

export function seed(env: NodeJS.ProcessEnv): void {
  run("tsx", ["--conditions=react-server", "prisma/seed.ts"], { env });
}

// Everything that goes into a production build; a change to any of it makes the build stale.
const BUILD_INPUTS = ["app", "components", "lib", "server", "public", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "proxy.ts", "instrumentation.ts"];

function fingerprint(provider: DatabaseProvider): string {
  const hash = createHash("sha256").update(provider);
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith(".")) walk(path.join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) {
      hash.update(path.relative(ROOT, p)).update(readFileSync(p));
    }
  };
  for (const input of BUILD_INPUTS) walk(path.join(ROOT, input));
  if (existsSync(PROVIDER_STAMP)) hash.update(readFileSync(PROVIDER_STAMP));
  return hash.digest("hex");
}

const distDir = () => path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");

/** Run `next build` when there is no build, or the sources or the database provider changed since. */
export function ensureBuild(provider: DatabaseProvider, env: NodeJS.ProcessEnv): void {
  const want = fingerprint(provider);
  const stampFile = path.join(distDir(), "lectio-build-stamp");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === want && existsSync(path.join(distDir(), "BUILD_ID"))) {
    console.log("Lectio: production build is up to date.");
    return;
  }
  console.log("Lectio: building…");
  run("next", ["build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(stampFile, want);
}
