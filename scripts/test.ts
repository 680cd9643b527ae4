// `npm test`: unit tests (Vitest), then browser tests (Playwright) against a production build on a
// throwaway database. DATABASE_URL=postgresql://… runs the whole suite against PostgreSQL instead:
// a fresh database named lectio_test_<pid> is created beside the one the URL names and dropped after.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { providerOf } from "../lib/validation/env";
import { DATA_DIR, ensureBuild, ensurePrismaClient, loadEnvFiles, ROOT, run } from "./lib/setup";

const e2eOnly = process.argv.includes("--e2e-only");
const unitOnly = process.argv.includes("--unit-only");
const passThrough = process.argv.slice(2).filter((a) => !a.startsWith("--"));

function ensureChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) fail(`CHROMIUM_PATH=${configured} does not exist.`);
    return configured;
  }
  const chromium = "/usr/bin/chromium";
  if (existsSync(chromium)) return chromium;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (isRoot && hasApt) {
    console.log("Lectio: installing Chromium for the browser tests (apt-get install chromium)…");
    const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    const install = update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }) : update;
    if (install.status === 0 && existsSync(chromium)) return chromium;
  }
  fail(
    "Chromium is needed for the browser tests and is not at /usr/bin/chromium.\n" +
      "  On Debian/Ubuntu run: sudo apt-get update && sudo apt-get install -y chromium\n" +
      "  Elsewhere install Chromium or Chrome and run: CHROMIUM_PATH=/path/to/chromium npm test",
  );
}

function fail(message: string): never {
  console.error(`Lectio: ${message}`);
  process.exit(1);
}

/** A fresh database for this run: a new SQLite file, or a new PostgreSQL database next to the given one. */
async function freshDatabase(baseUrl: string | undefined): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!baseUrl || providerOf(baseUrl) === "sqlite") {
    const dir = path.join(DATA_DIR, "test");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `e2e-${process.pid}.db`);
    return {
      url: `file:${path.relative(ROOT, file)}`,
      drop: async () => {
        for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  const admin = new URL(baseUrl);
  const name = `lectio_test_${process.pid}`;
  const adminUrl = new URL(baseUrl);
  adminUrl.pathname = "/postgres";
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  admin.pathname = `/${name}`;
  return {
    url: admin.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A port nothing listens on now, so two test runs on one machine don't collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function main() {
  loadEnvFiles();
  const baseUrl = process.env.DATABASE_URL || undefined;
  const provider = providerOf(baseUrl ?? "file:");
  console.log(`Lectio tests on ${provider}.`);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  ensurePrismaClient(provider, { ...env, DATABASE_URL: baseUrl ?? "file:./.data/lectio.db" });

  if (!e2eOnly) {
    run("tsc", ["--noEmit"]);
    run("npm", ["run", "--silent", "lint"]); // eslint (layers included) and knip (unused files and exports)
    run("vitest", ["run", ...passThrough], { env: { ...env, LECTIO_TEST_DATABASE_URL: baseUrl ?? "" } });
  }
  if (unitOnly) return;

  const chromium = ensureChromium();
  const db = await freshDatabase(baseUrl);
  try {
    const testEnv = { ...env, DATABASE_URL: db.url, CHROMIUM_PATH: chromium, E2E_PORT: process.env.E2E_PORT ?? String(await freePort()) };
    ensureBuild(provider, testEnv);
    run("playwright", ["test", ...passThrough], { env: testEnv });
  } finally {
    await db.drop();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
