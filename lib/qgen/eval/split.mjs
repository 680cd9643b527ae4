// Recomputes the held-out rule of the judged set and checks it against manifest.json.
// Rule: within each kind separately, sort the ids by the hex SHA-256 of the id string;
// the first quarter (floor(n / 4)) are held out. Also checks that texts/ and the manifest agree,
// that word counts (whitespace-separated tokens) are right and within the ranges.
// Usage: node lib/qgen/eval/split.mjs   (exits non-zero on any difference)
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8"));
const sha = (s) => createHash("sha256").update(s, "utf8").digest("hex");
const problems = [];

const ranges = { news: [300, 400], nonfiction: [300, 700] };
const wanted = { news: 32, nonfiction: 16 };
const expected = new Map();
for (const kind of Object.keys(ranges)) {
  const ids = manifest.filter((t) => t.kind === kind).map((t) => t.id);
  if (ids.length !== wanted[kind]) problems.push(`${kind}: ${ids.length} texts, expected ${wanted[kind]}`);
  ids.sort((a, b) => (sha(a) < sha(b) ? -1 : sha(a) > sha(b) ? 1 : 0));
  const quarter = Math.floor(ids.length / 4);
  ids.forEach((id, i) => expected.set(id, i < quarter));
}

const files = new Set(readdirSync(join(here, "texts")).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)));
const seen = new Set();
const sorted = [...manifest].map((t) => t.id);
if (sorted.join("\n") !== [...sorted].sort().join("\n")) problems.push("manifest is not sorted by id");
for (const t of manifest) {
  if (seen.has(t.id)) problems.push(`duplicate id ${t.id}`);
  seen.add(t.id);
  if (!ranges[t.kind]) { problems.push(`${t.id}: unknown kind ${t.kind}`); continue; }
  if (!t.id.startsWith(t.kind === "news" ? "news-" : "nonfiction-")) problems.push(`${t.id}: id prefix does not match kind`);
  if (t.heldOut !== expected.get(t.id)) problems.push(`${t.id}: heldOut is ${t.heldOut}, rule says ${expected.get(t.id)}`);
  if (!files.has(t.id)) { problems.push(`${t.id}: no texts/${t.id}.txt`); continue; }
  const body = readFileSync(join(here, "texts", `${t.id}.txt`), "utf8");
  const words = body.split(/\s+/).filter(Boolean).length;
  if (words !== t.words) problems.push(`${t.id}: manifest says ${t.words} words, file has ${words}`);
  const [lo, hi] = ranges[t.kind];
  if (words < lo || words > hi) problems.push(`${t.id}: ${words} words, outside ${lo}-${hi}`);
}
for (const f of files) if (!seen.has(f)) problems.push(`texts/${f}.txt is not in the manifest`);

const held = manifest.filter((t) => t.heldOut).length;
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`judged set OK: ${manifest.length} texts, ${held} held out`);
