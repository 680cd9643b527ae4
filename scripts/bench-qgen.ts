/**
 * npm run bench:qgen — warm median generation time per article in content/articles and for a ~10,000-word
 * text made by joining them, next to wink-nlp's bare readDoc of the same text measured in the same run.
 * Not a timed test: it prints figures.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArticleMarkdown } from "../lib/content/parse";
import { countWords } from "../lib/content/normalize";
import { generateQuestionSet } from "../lib/qgen";
import { wink } from "../lib/qgen/analyse";

const RUNS = Number(process.env.BENCH_RUNS ?? 31);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn();
  fn(); // warm-up for this text (the process is warmed on every text first, below)
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  return median(t);
}

const dir = path.resolve(import.meta.dirname, "../content/articles");
const articles = readdirSync(dir)
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => ({ name: f.replace(/\.md$/, ""), ...parseArticleMarkdown(readFileSync(path.join(dir, f), "utf8")) }));

// ~10,000 words: the articles joined, repeated as needed.
const parts: string[] = [];
let words = 0;
for (let i = 0; words < 10_000 && articles.length > 0; i++) {
  const a = articles[i % articles.length];
  parts.push(a.body);
  words += a.words;
}
const cases = [...articles.map((a) => ({ name: a.name, title: a.title, body: a.body })), { name: `joined (${parts.length} articles)`, title: "Joined articles", body: parts.join("\n\n") }];

const nlp = wink();
const generate = (c: (typeof cases)[number]) =>
  generateQuestionSet({ title: c.title, body: c.body }, c.name.startsWith("joined") ? { count: 40 } : {});

// Warm the process before timing anything: rounds over every text until the JIT has compiled the whole pipeline,
// so that no text timed pays for it. On the 2-core build machine a round over the articles takes 1.5–2× its
// steady time after 3 rounds and stops getting faster after about 20 (docs/qgen.md, "Benchmark"). The generator
// keeps nothing about a text between calls (lib/qgen/memo.ts), so a warm run is a warm process, not a remembered
// text.
const WARM_ROUNDS = Number(process.env.BENCH_WARM ?? 20);
for (let i = 0; i < WARM_ROUNDS; i++)
  for (const c of cases) {
    generate(c);
    nlp.readDoc(c.body);
  }

console.log(`lectio qgen benchmark · node ${process.version} · median of ${RUNS} warm runs after ${WARM_ROUNDS} warm-up rounds over all texts\n`);
const header = ["text", "words", "questions+pool", "qgen ms", "readDoc ms", "ratio", "µs/word"];
const rows: string[][] = [];
for (const c of cases) {
  const w = countWords(c.body);
  let n = 0;
  const g = time(() => {
    const o = generate(c);
    n = o.questions.length + o.pool.length;
  }, RUNS);
  const r = time(() => void nlp.readDoc(c.body), RUNS);
  rows.push([c.name, String(w), String(n), g.toFixed(2), r.toFixed(2), (g / r).toFixed(1), ((g * 1000) / w).toFixed(1)]);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join("  ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
console.log("\nratio = qgen time / wink-nlp readDoc time on the same text; targets: seed < 30 ms, ratio ≤ 10, linear growth (µs/word flat).");
