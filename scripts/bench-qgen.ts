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
const BLOCK = Number(process.env.BENCH_BLOCK ?? 10);
const MIN_MS = Number(process.env.BENCH_MIN_MS ?? 2000);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Warm medians of generation and of readDoc on one text, timed in alternating blocks of BLOCK runs (10 generations,
 * 10 readDocs, and again) so that both see the same stretches of the machine: a busy moment on a shared machine
 * slows both, not one of them, and the ratio stays a ratio. Blocks rather than single runs because a readDoc
 * timed right after each generation pays for the generation's garbage (about 1.2× its time alone). At least
 * `runs` runs of each and at least MIN_MS of timing per text, so a short text is sampled as long as a long one.
 */
function timePair(gen: () => void, read: () => void, runs: number): { g: number; r: number } {
  gen();
  read();
  const g: number[] = [];
  const r: number[] = [];
  const start = performance.now();
  while (g.length < runs || performance.now() - start < MIN_MS) {
    for (let i = 0; i < BLOCK; i++) {
      const a = performance.now();
      gen();
      g.push(performance.now() - a);
    }
    for (let i = 0; i < BLOCK; i++) {
      const a = performance.now();
      read();
      r.push(performance.now() - a);
    }
  }
  return { g: median(g), r: median(r) };
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

console.log(`lectio qgen benchmark · node ${process.version} · median of at least ${RUNS} warm runs and ${MIN_MS / 1000} s per text, generation and readDoc alternating, after ${WARM_ROUNDS} warm-up rounds over all texts\n`);
const header = ["text", "words", "questions+pool", "qgen ms", "readDoc ms", "ratio", "µs/word"];
const rows: string[][] = [];
for (const c of cases) {
  const w = countWords(c.body);
  let n = 0;
  const { g, r } = timePair(
    () => {
      const o = generate(c);
      n = o.questions.length + o.pool.length;
    },
    () => void nlp.readDoc(c.body),
    RUNS,
  );
  rows.push([c.name, String(w), String(n), g.toFixed(2), r.toFixed(2), (g / r).toFixed(1), ((g * 1000) / w).toFixed(1)]);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join("  ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
console.log("\nratio = qgen time / wink-nlp readDoc time on the same text; targets: seed < 30 ms, ratio ≤ 10, linear growth (µs/word flat).");
