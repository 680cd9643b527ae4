// `npm run bench:web [-- --runs 3 --pages library,article,… --details]`: Lighthouse (mobile preset, simulated
// throttling, the machine's Chromium) on Lectio's production server over a fresh seeded SQLite database, page by
// page, each run paired with a run on the floor: an empty server-rendered page of the same Next.js, built apart
// (scripts/bench-web/floor/) and served on the same machine at the same time. Page and floor runs alternate, so a
// busy moment of the machine lands on both; each page's figures are printed beside the floor runs paired with it,
// as ratios. Medians of `--runs` runs. The last run of each target is kept in .data/bench-web/reports/.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DATA_DIR, ensureBuild, ensurePrismaClient, loadEnvFiles, migrate, ROOT, run, seed } from "./lib/setup";
import { startServer, type RunningServer } from "./lib/server";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg("runs") ?? 3);
const PORT = Number(arg("port") ?? 3290);
const DETAILS = process.argv.includes("--details");
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
// Playwright's headless flags (see the Chromium notes in docs/): no sandbox in containers, no /dev/shm, no calls out.
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-dev-shm-usage --disable-background-networking";
const BENCH_DIR = path.join(DATA_DIR, "bench-web");
const REPORTS = path.join(BENCH_DIR, "reports");

// Goals (issue 20): score ≥ 95; LCP, TBT and JavaScript within 1.25× the floor's in the same run.
const GOAL_SCORE = 95;
const GOAL_RATIO = 1.25;

loadEnvFiles();

// ---------------------------------------------------------------- the app on a fresh database

mkdirSync(path.join(DATA_DIR, "bench"), { recursive: true });
for (const s of ["", "-wal", "-shm"]) rmSync(path.join(DATA_DIR, "bench", "web.db" + s), { force: true });
const env = {
  ...process.env,
  DATABASE_URL: "file:.data/bench/web.db",
  NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
};
ensurePrismaClient("sqlite", env);
await migrate(env);
seed(env);
ensureBuild("sqlite", env);

interface Fixture {
  teacher: { email: string; password: string };
  student: { email: string; password: string };
  slug: string;
  classId: string;
  quizAttemptId: string;
  resultsAttemptId: string;
}
const made = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/bench-web/fixture.ts"], { cwd: ROOT, env, encoding: "utf8" });
if (made.status !== 0) {
  console.error(made.stderr);
  process.exit(1);
}
const fixture = JSON.parse(made.stdout.trim().split("\n").at(-1)!) as Fixture;

// ---------------------------------------------------------------- the floor, built apart

/** Copies the floor app out of the project and builds it there, unless the same sources and Next.js were built before. */
function ensureFloorBuild(): string {
  const source = path.join(ROOT, "scripts/bench-web/floor");
  const dir = path.join(BENCH_DIR, "floor");
  const hash = createHash("sha256").update(readFileSync(path.join(ROOT, "node_modules/next/package.json")));
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    else hash.update(path.relative(source, p)).update(readFileSync(p));
  };
  walk(source);
  const want = hash.digest("hex");
  const stamp = path.join(dir, ".next", "bench-floor-stamp");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === want) return dir;
  console.log("Lectio: building the floor app…");
  rmSync(dir, { recursive: true, force: true });
  cpSync(source, dir, { recursive: true });
  run("next", ["build"], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(stamp, want);
  return dir;
}
const floorDir = ensureFloorBuild();

// ---------------------------------------------------------------- sessions

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** Signs in through next-auth's own credentials endpoint, as the sign-in page does; returns the session cookie. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: base, json: "true" }),
    redirect: "manual",
  });
  const session = cookiesOf(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  return session;
}

// ---------------------------------------------------------------- Lighthouse

interface Measure {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  /** JavaScript transferred, bytes (compressed as sent). */
  js: number;
  /** Simulated time to first byte (the first phase of a text LCP; the rest is render delay). */
  ttfb: number;
  /** Observed (unthrottled) LCP, ms. */
  observedLcp: number;
  /** The LCP element as the trace names it, and whether it was painted in the first contentful frame. */
  lcpElement: string;
  lcpInFirstPaint: boolean;
  /** Requests that had finished when the LCP element was painted (observed): what the simulated LCP waits for. */
  before: { requests: number; bytes: number; fonts: number; scripts: number };
}

interface Lhr {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: Record<string, unknown>[] } }>;
  runtimeError?: { message: string };
}

interface TraceEvent {
  name: string;
  ts: number;
  args?: { data?: { nodeName?: string; type?: string; documentLoaderURL?: string; isMainFrame?: boolean } };
}

/**
 * The LCP element from the trace. (Lighthouse 12.2's own LCP-element audit fails on this Chromium: its
 * RootCauses gatherer reads a field the newer trace no longer has.)
 */
function lcpFromTrace(file: string): { element: string; inFirstPaint: boolean } {
  const trace = JSON.parse(readFileSync(file, "utf8")) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const navigation = events.filter((e) => e.name === "navigationStart" && /^http/.test(e.args?.data?.documentLoaderURL ?? "")).at(-1);
  const after = events.filter((e) => navigation && e.ts >= navigation.ts);
  const candidates = after.filter((e) => e.name === "largestContentfulPaint::Candidate" && e.args?.data?.isMainFrame !== false);
  const fcp = after.find((e) => e.name === "firstContentfulPaint");
  const last = candidates.at(-1);
  if (!last) return { element: "?", inFirstPaint: false };
  return { element: `${last.args?.data?.type ?? "?"}: ${last.args?.data?.nodeName ?? "?"}`, inFirstPaint: !!fcp && last.ts === fcp.ts };
}

function lighthouse(url: string, cookie: string | null, report: string): Promise<Measure> {
  const args = [
    url,
    "--only-categories=performance",
    "--output=json",
    `--output-path=${report}`,
    "--save-assets",
    "--quiet",
    `--chrome-flags=${CHROME_FLAGS}`,
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  return new Promise((resolve, reject) => {
    const lhEnv = { ...process.env, CHROME_PATH: CHROME, PATH: `${path.join(ROOT, "node_modules/.bin")}${path.delimiter}${process.env.PATH}` };
    const child = spawn("lighthouse", args, { cwd: ROOT, env: lhEnv, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited with ${code}: ${stderr.slice(-2000)}`));
      const lhr = JSON.parse(readFileSync(report, "utf8")) as Lhr;
      if (lhr.runtimeError) return reject(new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`));
      const a = lhr.audits;
      const metrics = (a.metrics.details?.items?.[0] ?? {}) as Record<string, number>;
      const requests = (a["network-requests"].details?.items ?? []) as { resourceType?: string; transferSize?: number; networkEndTime?: number }[];
      const done = requests.filter((r) => (r.networkEndTime ?? Infinity) <= metrics.observedLargestContentfulPaint);
      const bytes = (rs: typeof requests) => rs.reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
      const lcp = lcpFromTrace(report.replace(/\.json$/, "-0.trace.json"));
      resolve({
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        fcp: a["first-contentful-paint"].numericValue ?? NaN,
        lcp: a["largest-contentful-paint"].numericValue ?? NaN,
        tbt: a["total-blocking-time"].numericValue ?? NaN,
        js: bytes(requests.filter((r) => r.resourceType === "Script")),
        ttfb: metrics.timeToFirstByte,
        observedLcp: metrics.observedLargestContentfulPaint,
        lcpElement: lcp.element,
        lcpInFirstPaint: lcp.inFirstPaint,
        before: {
          requests: done.length,
          bytes: bytes(done),
          fonts: bytes(done.filter((r) => r.resourceType === "Font")),
          scripts: bytes(done.filter((r) => r.resourceType === "Script")),
        },
      });
    });
  });
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---------------------------------------------------------------- the run

mkdirSync(REPORTS, { recursive: true });
let app: RunningServer | undefined;
let floor: RunningServer | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const server of [app, floor]) server?.child.kill();
    process.exit(130);
  });
}
const chromium = spawnSync(CHROME, ["--version"], { encoding: "utf8" }).stdout.trim() || path.basename(CHROME);
const loadBefore = os.loadavg()[0];
try {
  [app, floor] = await Promise.all([startServer(PORT, env), startServer(PORT + 1, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, { cwd: floorDir, readyPath: "/" })]);
  const student = await signIn(app.url, fixture.student.email, fixture.student.password);
  const teacher = await signIn(app.url, fixture.teacher.email, fixture.teacher.password);

  const all = [
    { name: "library", path: "/", cookie: null },
    { name: "article", path: `/articles/${fixture.slug}`, cookie: null },
    { name: "quiz", path: `/attempts/${fixture.quizAttemptId}`, cookie: student },
    { name: "results", path: `/attempts/${fixture.resultsAttemptId}/results`, cookie: student },
    { name: "dashboard", path: "/dashboard", cookie: student },
    { name: "teacher home", path: "/teach", cookie: teacher },
    { name: "gradebook", path: `/teach/classes/${fixture.classId}/gradebook`, cookie: teacher },
  ];
  const only = arg("pages")?.split(",");
  const pages = only ? all.filter((p) => only.includes(p.name.replace(" ", "-")) || only.includes(p.name)) : all;

  // Each page answers as the signed-in person it is measured for (a redirect to sign-in would measure another page).
  for (const page of pages) {
    for (let i = 0; i < 3; i++) {
      const r = await fetch(app.url + page.path, { headers: page.cookie ? { cookie: page.cookie } : {}, redirect: "manual" });
      await r.text();
      if (r.status !== 200) throw new Error(`${page.name} (${page.path}) answered ${r.status}`);
    }
  }
  for (let i = 0; i < 3; i++) await (await fetch(floor.url)).text();

  const results = new Map(pages.map((p) => [p.name, { page: [] as Measure[], floor: [] as Measure[] }]));
  const started = performance.now();
  for (let round = 0; round < RUNS; round++) {
    for (const page of pages) {
      const slot = results.get(page.name)!;
      const key = page.name.replace(" ", "-");
      const measurePage = async () => slot.page.push(await lighthouse(app!.url + page.path, page.cookie, path.join(REPORTS, `${key}.json`)));
      const measureFloor = async () => slot.floor.push(await lighthouse(floor!.url + "/", null, path.join(REPORTS, `floor.json`)));
      // Alternate which goes first, so neither side always follows the other.
      if (round % 2 === 0) {
        await measureFloor();
        await measurePage();
      } else {
        await measurePage();
        await measureFloor();
      }
      process.stderr.write(`  run ${round + 1}/${RUNS} ${page.name}: score ${slot.page.at(-1)!.score}, LCP ${(slot.page.at(-1)!.lcp / 1000).toFixed(2)} s (floor ${slot.floor.at(-1)!.score}, ${(slot.floor.at(-1)!.lcp / 1000).toFixed(2)} s)\n`);
    }
  }
  const minutes = (performance.now() - started) / 60000;

  const cpus = os.cpus();
  console.log(
    `\nLectio web benchmark — Lighthouse 12.2.3, mobile preset (simulated throttling), ${chromium} headless; ` +
      `median of ${RUNS} runs per page, each paired with a floor run; ${new Date().toISOString().slice(0, 10)}, ` +
      `${cpus.length} × ${cpus[0]?.model.trim()}, load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}; ${minutes.toFixed(1)} min\n`,
  );
  console.log("| page | score (floor) | LCP s (floor) | LCP ratio | TBT ms (floor) | TBT ratio | JS KB (floor) | JS ratio | goals |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const kb = (b: number) => (b / 1024).toFixed(0);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : Infinity);
  let allMet = true;
  const details: string[] = [];
  for (const page of pages) {
    const { page: p, floor: f } = results.get(page.name)!;
    const m = (xs: Measure[], k: "score" | "lcp" | "tbt" | "js" | "fcp") => median(xs.map((x) => x[k]));
    const score = m(p, "score");
    const lcp = ratio(m(p, "lcp"), m(f, "lcp"));
    const tbt = ratio(m(p, "tbt"), m(f, "tbt"));
    const js = ratio(m(p, "js"), m(f, "js"));
    const missed = [score < GOAL_SCORE && "score", lcp > GOAL_RATIO && "LCP", tbt > GOAL_RATIO && "TBT", js > GOAL_RATIO && "JS"].filter(Boolean);
    if (missed.length) allMet = false;
    console.log(
      `| ${page.name} | ${score} (${m(f, "score")}) | ${s(m(p, "lcp"))} (${s(m(f, "lcp"))}) | ${lcp.toFixed(2)} | ${m(p, "tbt").toFixed(0)} (${m(f, "tbt").toFixed(0)}) | ${tbt.toFixed(2)} | ` +
        `${kb(m(p, "js"))} (${kb(m(f, "js"))}) | ${js.toFixed(2)} | ${missed.length ? `missed: ${missed.join(", ")}` : "met"} |`,
    );
    // The run whose LCP is the median: its LCP element, phases, and what had loaded when it was painted.
    const mid = p.slice().sort((a, b) => a.lcp - b.lcp)[Math.floor(p.length / 2)];
    const firstPaint = p.filter((x) => x.lcpInFirstPaint).length;
    details.push(
      `- ${page.name}: LCP element ${mid.lcpElement.replace(/\s+/g, " ").slice(0, DETAILS ? 400 : 90)}; painted in the first contentful frame in ${firstPaint} of ${p.length} runs. ` +
        `Median run: FCP ${s(mid.fcp)} s, LCP ${s(mid.lcp)} s = TTFB ${s(mid.ttfb)} + render delay ${s(mid.lcp - mid.ttfb)} (simulated; observed LCP ${mid.observedLcp.toFixed(0)} ms); ` +
        `loaded by then: ${mid.before.requests} requests, ${kb(mid.before.bytes)} KB (fonts ${kb(mid.before.fonts)}, JS ${kb(mid.before.scripts)}). ` +
        `Floor: FCP ${s(m(f, "fcp"))} s.`,
    );
  }
  console.log(`\ngoals (score ≥ ${GOAL_SCORE}; LCP, TBT and JS ≤ ${GOAL_RATIO}× the floor's): ${allMet ? "met on every page" : "not met on every page"}\n`);
  console.log(details.join("\n"));
} finally {
  await Promise.all([app?.stop(), floor?.stop()]);
}
