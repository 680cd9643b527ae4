// `npm run bench:load [-- --students 300 --questions 10 --think 10 --instances 2]`: the production server on a
// fresh database (SQLite by default, PostgreSQL when DATABASE_URL=postgresql://…), N simulated students at once
// each taking a quiz through the JSON API (start → read, answer and move × N → submit), then the stored rows
// counted. Students arrive over the first think period and spend `--think` seconds (±50 %) on each question;
// `--think 0` is a closed loop with no pauses (a saturation test). `--instances` app servers share the database,
// students spread over them as a load balancer would. Printed next to the same servers' throughput on a trivial
// route (/api/health, autocannon) measured in the same run.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import Database from "better-sqlite3";
import { providerOf } from "../lib/validation/env";
import { DATA_DIR, ensureBuild, ensurePrismaClient, loadEnvFiles, migrate, ROOT, seed } from "./lib/setup";
import { startServer } from "./lib/server";
import { newRecorder, percentile, runStudent, type Pace } from "./lib/student-flow";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const STUDENTS = arg("students", 300);
const QUESTIONS = arg("questions", 10);
const SLUG = "ukraine-security-guarantees";
const PORT = arg("port", 3190);
const THINK_MS = arg("think", 10) * 1000;
const INSTANCES = arg("instances", 2);

loadEnvFiles();
const base = process.env.DATABASE_URL;
const provider = providerOf(base ?? "file:");
let url: string;
if (provider === "sqlite") {
  const dir = path.join(DATA_DIR, "bench");
  mkdirSync(dir, { recursive: true });
  for (const s of ["", "-wal", "-shm"]) rmSync(path.join(dir, "load.db" + s), { force: true });
  url = `file:${path.relative(ROOT, path.join(dir, "load.db"))}`;
} else {
  const u = new URL(base!);
  u.pathname = "/lectio_bench";
  url = u.toString();
  const adminUrl = new URL(base!);
  adminUrl.pathname = "/postgres";
  const c = new pg.Client({ connectionString: adminUrl.toString() });
  await c.connect();
  await c.query("DROP DATABASE IF EXISTS lectio_bench WITH (FORCE)");
  await c.end();
}
const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789", NEXT_TELEMETRY_DISABLED: "1" };
ensurePrismaClient(provider, env);
await migrate(env);
seed(env);
ensureBuild(provider, env);

const servers = await Promise.all(Array.from({ length: INSTANCES }, (_, i) => startServer(PORT + i, env)));
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "—");
// A small deterministic generator, so runs with the same options pace their students alike.
let state = 12345;
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
try {
  // Warm the routes once on each server.
  for (const server of servers) await runStudent(newRecorder(), server.url, SLUG, QUESTIONS);

  const baselines = await Promise.all(servers.map((server) => autocannon({ url: `${server.url}/api/health`, connections: 50, duration: 5 })));
  const baseline = { requests: { average: baselines.reduce((a, b) => a + b.requests.average, 0) }, latency: baselines[0].latency };

  const rec = newRecorder();
  const started = performance.now();
  const pace = (): Pace => ({ startDelay: random() * THINK_MS, think: () => THINK_MS * (0.5 + random()) });
  await Promise.all(Array.from({ length: STUDENTS }, (_, i) => runStudent(rec, servers[i % servers.length].url, SLUG, QUESTIONS, pace())));
  const seconds = (performance.now() - started) / 1000;
  const sorted = rec.latencies.slice().sort((a, b) => a - b);

  // Count what is stored for the acknowledged work.
  const attemptIds = [...rec.attempts];
  let storedResponses = 0;
  let halfScored = 0;
  let storedSubmitted = 0;
  if (provider === "sqlite") {
    const db = new Database(path.resolve(ROOT, url.slice("file:".length)), { readonly: true });
    const marks = attemptIds.map(() => "?").join(",");
    storedResponses = (db.prepare(`SELECT COUNT(*) AS n FROM "Response" WHERE "attemptId" IN (${marks})`).get(...attemptIds) as { n: number }).n;
    storedSubmitted = (db.prepare(`SELECT COUNT(*) AS n FROM "Attempt" WHERE "submittedAt" IS NOT NULL AND "score" IS NOT NULL AND "id" IN (${marks})`).get(...attemptIds) as { n: number }).n;
    halfScored = (db.prepare(`SELECT COUNT(*) AS n FROM "Attempt" WHERE ("submittedAt" IS NULL) <> ("score" IS NULL)`).get() as { n: number }).n;
    db.close();
  } else {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    storedResponses = Number((await c.query(`SELECT COUNT(*) AS n FROM "Response" WHERE "attemptId" = ANY($1)`, [attemptIds])).rows[0].n);
    storedSubmitted = Number((await c.query(`SELECT COUNT(*) AS n FROM "Attempt" WHERE "submittedAt" IS NOT NULL AND "score" IS NOT NULL AND "id" = ANY($1)`, [attemptIds])).rows[0].n);
    halfScored = Number((await c.query(`SELECT COUNT(*) AS n FROM "Attempt" WHERE ("submittedAt" IS NULL) <> ("score" IS NULL)`)).rows[0].n);
    await c.end();
  }
  const errors = [...rec.errors.values()].reduce((a, b) => a + b, 0);
  const lost = rec.acknowledged.size - storedResponses;
  const throughput = rec.latencies.length / seconds;

  console.log(
    `\nLectio load benchmark — ${provider}, ${STUDENTS} concurrent students × ${QUESTIONS} questions, ` +
      `${THINK_MS / 1000} s per question (±50 %), ${INSTANCES} app server${INSTANCES > 1 ? "s" : ""} (${new Date().toISOString().slice(0, 10)})\n`,
  );
  console.log(`| measure | value |\n| --- | --- |`);
  console.log(`| baseline /api/health (50 connections per server, 5 s, all servers) | ${fmt(baseline.requests.average)} req/s, p50 ${baseline.latency.p50} ms, p99 ${baseline.latency.p99} ms |`);
  console.log(`| quiz flow requests | ${rec.latencies.length} in ${fmt(seconds)} s = ${fmt(throughput)} req/s (${fmt(throughput / baseline.requests.average)}× the baseline) |`);
  console.log(`| quiz flow latency | p50 ${fmt(percentile(sorted, 50))} ms, p95 ${fmt(percentile(sorted, 95))} ms, p99 ${fmt(percentile(sorted, 99))} ms, max ${fmt(sorted[sorted.length - 1])} ms |`);
  console.log(`| errors | ${errors}${errors ? ` (${[...rec.errors].map(([k, v]) => `${k} ×${v}`).join(", ")})` : ""} |`);
  console.log(`| students finished | ${rec.submitted.size} of ${STUDENTS} |`);
  console.log(`| responses acknowledged / stored | ${rec.acknowledged.size} / ${storedResponses} (lost: ${lost}) |`);
  console.log(`| submitted attempts acknowledged / stored scored | ${rec.submitted.size} / ${storedSubmitted}; half-scored attempts: ${halfScored} |`);
  const p95 = percentile(sorted, 95);
  const ok = errors === 0 && lost === 0 && halfScored === 0 && rec.submitted.size === STUDENTS;
  console.log(`\ntargets (0 errors, 0 lost, p95 < 200 ms): ${ok && p95 < 200 ? "met" : `not met${ok ? ` (p95 ${fmt(p95)} ms)` : ""}`}`);
} finally {
  await Promise.all(servers.map((server) => server.stop()));
}
