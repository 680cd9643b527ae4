// `npm run fuzz [-- --requests 3000 --seed 1]`: the production server on a throwaway SQLite database, sent generated
// malformed input on every route and page (every app/ route and page, dynamic segments filled with good-looking ids,
// junk, over-long and badly encoded values), with every method, and bodies that are JSON, broken JSON, form data,
// other content types and oversized; pages are also sent server-action posts with made-up action ids. As an
// anonymous visitor, a guest and a signed-in student and teacher. Passes when no answer is a 5xx, the server still
// answers /api/health, and its memory stays bounded. Deterministic for a seed.
import { readdirSync, rmSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, ensureBuild, ensurePrismaClient, loadEnvFiles, migrate, ROOT, seed } from "./lib/setup";
import { startServer } from "./lib/server";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REQUESTS = arg("requests", 3000);
const SEED = arg("seed", 1);
const PORT = arg("port", 3591);
/**
 * Memory is bounded when it levels off: the server grows while it warms up (code loaded, JIT, caches), so the
 * second half of the run may add at most this much.
 */
const MAX_LATE_GROWTH_MB = 150;

let state = SEED * 2654435761 >>> 0;
const rand = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

/** Every route and page under app/, as a pattern with its dynamic segments. */
function appRoutes(): string[] {
  const out: string[] = [];
  const walk = (dir: string, parts: string[]) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name.startsWith("_") || e.name.startsWith("(")) {
          if (e.name.startsWith("(")) walk(path.join(dir, e.name), parts);
          continue;
        }
        walk(path.join(dir, e.name), [...parts, e.name]);
      } else if (/^(page\.tsx|route\.ts)$/.test(e.name)) out.push("/" + parts.join("/"));
    }
  };
  walk(path.join(ROOT, "app"), []);
  return [...new Set(out)].sort();
}

const SEGMENTS = [
  "cm0000000000000000000000",
  "ukraine-security-guarantees",
  "K7QM3XP",
  "%C0%AF",
  "%E0%A4%A",
  "%00",
  "..%2F..%2Fetc%2Fpasswd",
  "a".repeat(3000),
  "%F0%9F%98%80",
  "‮evil",
  "<script>alert(1)</script>",
  "null",
  "-1",
  "🙂",
];

function fill(pattern: string): string {
  return pattern.replace(/\[\.\.\.[^\]]+\]|\[[^\]]+\]/g, () => pick(SEGMENTS)) + pick(["", "", "?x=%", "?v=abc&hl=1-2", "?callbackUrl=%2F%2Fevil.example", "?q=" + "%FF".repeat(10), "#x"]);
}

const JUNK_VALUES: unknown[] = [null, true, -1, 1e308, "", " ", "\u0000", "x".repeat(70_000), [], {}, [1, 2], { $gt: "" }, "‮", "😀".repeat(100), "__proto__"];
function junkObject(): Record<string, unknown> {
  const keys = ["slug", "mode", "questionId", "answer", "position", "name", "email", "password", "code", "title", "text", "__proto__", "constructor"];
  const o: Record<string, unknown> = {};
  const n = Math.floor(rand() * 4);
  for (let k = 0; k < n; k++) o[pick(keys)] = pick(JUNK_VALUES);
  return o;
}

interface Shot {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function shot(routes: string[], origin: string): Shot {
  const method = pick(["GET", "GET", "POST", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]);
  const p = fill(pick(routes));
  const headers: Record<string, string> = { origin };
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return { method, path: p, headers };
  const kind = pick(["json", "json", "broken", "form", "text", "none", "big", "action"]);
  switch (kind) {
    case "json":
      headers["content-type"] = "application/json";
      return { method, path: p, headers, body: JSON.stringify(rand() < 0.2 ? pick(JUNK_VALUES) : junkObject()) };
    case "broken":
      headers["content-type"] = "application/json";
      return { method, path: p, headers, body: pick(['{"slug":', "[1,2", "\u0000\u0001", '{"a":1}}', "NaN", "\uFEFF{}"]) };
    case "form":
      headers["content-type"] = "application/x-www-form-urlencoded";
      return { method, path: p, headers, body: new URLSearchParams(Object.entries(junkObject()).map(([k, v]) => [k, String(v)])).toString() };
    case "text":
      headers["content-type"] = pick(["text/plain", "multipart/form-data", "multipart/form-data; boundary=x", "application/xml", "image/png"]);
      return { method, path: p, headers, body: "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + "%".repeat(50) };
    case "big":
      headers["content-type"] = "application/json";
      return { method, path: p, headers, body: JSON.stringify({ slug: "x".repeat(300_000) }) };
    case "action":
      // a server action post with an id no build has, or a real-looking body that is not form data
      headers["next-action"] = pick(["0".repeat(40), "deadbeef".repeat(5), "x", "%C0%AF"]);
      headers["content-type"] = pick(["text/plain;charset=UTF-8", "multipart/form-data; boundary=----x", "application/json"]);
      return { method: "POST", path: p, headers, body: pick(['["$K1"]', "------x--", "{}", "\u0000"]) };
    default:
      return { method, path: p, headers };
  }
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : 0;
}

/** The RSS of the server and every process under it (next start runs the app in a child). */
function treeRssMb(pid: number): number {
  let total = rssMb(pid);
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) total += treeRssMb(Number(d));
    } catch {
      /* gone */
    }
  }
  return total;
}

async function signedInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const cookies = [...jar, ...(res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0])];
  if (!cookies.some((c) => c.includes("session-token"))) throw new Error(`could not sign in ${email} (status ${res.status})`);
  return cookies.join("; ");
}

loadEnvFiles();
const dir = path.join(DATA_DIR, "fuzz");
mkdirSync(dir, { recursive: true });
for (const s of ["", "-wal", "-shm"]) rmSync(path.join(dir, "fuzz.db" + s), { force: true });
const url = `file:${path.relative(ROOT, path.join(dir, "fuzz.db"))}`;
const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "fuzz-secret-0123456789abcdef0123456789abcd", NEXT_TELEMETRY_DISABLED: "1" };
ensurePrismaClient("sqlite", env);
await migrate(env);
seed(env);
ensureBuild("sqlite", env);

// a student and a teacher, made through the data layer the app uses
process.env.DATABASE_URL = url;
const { createUser } = await import("../server/data/users");
const password = "fuzz correct horse battery";
for (const [email, role] of [["student@fuzz.example", "student"], ["teacher@fuzz.example", "teacher"]] as const) {
  const made = await createUser({ name: role, email, password, role } as Parameters<typeof createUser>[0]);
  if (!made.ok) throw new Error(`could not make the ${role}`);
}

// (a server already on the port would be fuzzed instead of this one)
if (await fetch(`http://127.0.0.1:${PORT}/`).then(() => true, () => false)) throw new Error(`port ${PORT} is taken: pass --port`);
const server = await startServer(PORT, env);
const base = server.url;
let failed = false;
try {
  const identities: Record<string, string> = {
    anonymous: "",
    student: await signedInCookie(base, "student@fuzz.example", password),
    teacher: await signedInCookie(base, "teacher@fuzz.example", password),
  };
  const routes = appRoutes();
  const startMb = treeRssMb(server.child.pid!);
  const statuses = new Map<number, number>();
  const fives: string[] = [];
  let midMb = startMb;
  for (let i = 0; i < REQUESTS; i++) {
    if (i === Math.floor(REQUESTS / 2)) midMb = treeRssMb(server.child.pid!);
    const who = pick(Object.keys(identities));
    const s = shot(routes, base);
    if (identities[who]) s.headers.cookie = identities[who];
    let status: number;
    try {
      const res = await fetch(base + s.path, { method: s.method, headers: s.headers, body: s.body, redirect: "manual", signal: AbortSignal.timeout(30_000) });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
    } catch (e) {
      status = -1;
      fives.push(`${who} ${s.method} ${s.path.slice(0, 120)} → no answer (${(e as Error).message})`);
    }
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status >= 500) fives.push(`${who} ${s.method} ${s.path.slice(0, 120)} ${s.headers["content-type"] ?? ""} ${s.headers["next-action"] ? "(action)" : ""} → ${status}`);
  }
  const health = await fetch(`${base}/api/health`).then((r) => r.status).catch(() => -1);
  const endMb = treeRssMb(server.child.pid!);
  const byStatus = [...statuses].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}: ${v}`).join(", ");
  console.log(`fuzz: ${REQUESTS} requests on ${routes.length} routes and pages (seed ${SEED}) — ${byStatus}`);
  console.log(`server memory ${startMb.toFixed(0)} MB → ${midMb.toFixed(0)} MB at half way → ${endMb.toFixed(0)} MB (second half may add ${MAX_LATE_GROWTH_MB} MB); /api/health afterwards: ${health}`);
  for (const f of fives.slice(0, 30)) console.log("  5xx " + f);
  if (fives.length > 0 || health !== 200 || endMb - midMb > MAX_LATE_GROWTH_MB) {
    failed = true;
    console.error(`fuzz failed: ${fives.length} answer(s) of 5xx or none, health ${health}, growth in the second half ${(endMb - midMb).toFixed(0)} MB`);
  } else console.log("fuzz passed: no 5xx, the server alive, memory bounded");
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
