/**
 * `report`: per snapshot, the reviewers' acceptable share of its quiz items (overall, tuning, held-out, by type),
 * failures by rule, the set-level figures, and how many quiz items still lack a verdict.
 */
import { cmp, readManifest, readSnapshots, readVerdicts, verdictByHash, type EvalPaths, type Snapshot } from "./data";

export interface Rate {
  /** Judged acceptable. */
  ok: number;
  /** Judged. */
  n: number;
}

export interface Share {
  hit: number;
  of: number;
}

export interface VersionReport {
  version: string;
  all: Rate;
  tuning: Rate;
  heldOut: Rate;
  byType: Record<string, Rate>;
  /** Unacceptable quiz items by the first rule broken (index 0 is rule 1). */
  failures: number[];
  texts: number;
  meanQuestions: number;
  meanTypes: number;
  /** News texts of 300–400 words with ≥ 8 questions. */
  news8: Share;
  /** Texts with ≥ 5 distinct types. */
  types5: Share;
  quizItems: number;
  unjudged: number;
}

export const RULE_NAMES = [
  "grammatical, unambiguous, self-contained",
  "answerable from the article",
  "marked answer correct",
  "exactly one option correct",
  "plausible wrong options of the answer's kind",
  "worth knowing, no trivial word match",
];

const add = (r: Rate, ok: boolean) => {
  r.n++;
  if (ok) r.ok++;
};

export function versionReport(snap: Snapshot, paths: EvalPaths): VersionReport {
  const manifest = new Map(readManifest(paths).map((t) => [t.id, t]));
  const verdicts = verdictByHash(readVerdicts(paths));
  const r: VersionReport = {
    version: snap.version,
    all: { ok: 0, n: 0 },
    tuning: { ok: 0, n: 0 },
    heldOut: { ok: 0, n: 0 },
    byType: {},
    failures: [0, 0, 0, 0, 0, 0],
    texts: snap.sets.texts.length,
    meanQuestions: 0,
    meanTypes: 0,
    news8: { hit: 0, of: 0 },
    types5: { hit: 0, of: 0 },
    quizItems: 0,
    unjudged: 0,
  };
  for (const item of snap.items) {
    if (item.role !== "quiz") continue;
    r.quizItems++;
    const v = verdicts.get(item.hash);
    if (v === undefined) {
      r.unjudged++;
      continue;
    }
    const ok = v.verdict === "acceptable";
    add(r.all, ok);
    const t = manifest.get(item.text);
    if (t?.heldOut === true) add(r.heldOut, ok);
    else if (t?.heldOut === false) add(r.tuning, ok);
    add((r.byType[item.item.type] ??= { ok: 0, n: 0 }), ok);
    if (!ok && typeof v.rule === "number" && v.rule >= 1 && v.rule <= 6) r.failures[v.rule - 1]++;
  }
  let questions = 0;
  let types = 0;
  for (const s of snap.sets.texts) {
    questions += s.questions;
    types += s.types;
    r.types5.of++;
    if (s.types >= 5) r.types5.hit++;
    const t = manifest.get(s.text);
    if (t?.kind === "news" && t.words >= 300 && t.words <= 400) {
      r.news8.of++;
      if (s.questions >= 8) r.news8.hit++;
    }
  }
  if (r.texts > 0) {
    r.meanQuestions = questions / r.texts;
    r.meanTypes = types / r.texts;
  }
  return r;
}

export function buildReport(paths: EvalPaths): VersionReport[] {
  return readSnapshots(paths).map((s) => versionReport(s, paths));
}

const pct = (x: number, of: number) => `${((100 * x) / of).toFixed(1)}%`;
export const rate = (r: Rate | undefined) => (r === undefined || r.n === 0 ? "–" : `${pct(r.ok, r.n)} (${r.ok}/${r.n})`);
export const share = (s: Share) => (s.of === 0 ? "–" : `${pct(s.hit, s.of)} (${s.hit}/${s.of})`);

/** Columns padded to a common width (text left, figures right), or a Markdown table. */
export function table(head: string[], rows: string[][], markdown: boolean): string {
  const right = head.map((_, j) => j > 0);
  if (markdown) {
    const esc = (s: string) => s.replace(/\|/g, "\\|");
    return [
      `| ${head.map(esc).join(" | ")} |`,
      `| ${right.map((r) => (r ? "---:" : "---")).join(" | ")} |`,
      ...rows.map((row) => `| ${row.map(esc).join(" | ")} |`),
    ].join("\n");
  }
  const width = head.map((h, j) => Math.max([...h].length, ...rows.map((row) => [...row[j]].length)));
  const pad = (s: string, j: number) => {
    const fill = " ".repeat(width[j] - [...s].length);
    return right[j] ? fill + s : s + fill;
  };
  return [head, ...rows].map((row) => row.map(pad).join("  ").trimEnd()).join("\n");
}

export function formatReport(reports: VersionReport[], markdown: boolean): string {
  if (reports.length === 0) return "no snapshots in lib/qgen/eval/items/: run `npm run eval:qgen -- snapshot` first\n";
  const title = (t: string) => (markdown ? `### ${t}` : `${t}\n${"-".repeat(t.length)}`);
  const sections: string[] = [];
  sections.push(
    title("Acceptable quiz items (share of the items with a verdict)"),
    table(
      ["version", "all", "tuning texts", "held-out texts", "quiz items without a verdict"],
      reports.map((r) => [r.version, rate(r.all), rate(r.tuning), rate(r.heldOut), `${r.unjudged} of ${r.quizItems}`]),
      markdown,
    ),
  );
  sections.push(
    title("Sets (all texts)"),
    table(
      ["version", "texts", "questions per text", "types per text", "news 300–400 words with ≥ 8 questions", "texts with ≥ 5 types"],
      reports.map((r) => [r.version, String(r.texts), r.meanQuestions.toFixed(2), r.meanTypes.toFixed(2), share(r.news8), share(r.types5)]),
      markdown,
    ),
  );
  const types = [...new Set(reports.flatMap((r) => Object.keys(r.byType)))].sort(cmp);
  if (types.length > 0)
    sections.push(
      title("Acceptable by type (judged quiz items)"),
      table(["type", ...reports.map((r) => r.version)], types.map((t) => [t, ...reports.map((r) => rate(r.byType[t]))]), markdown),
    );
  sections.push(
    title("Unacceptable quiz items by the first rule broken"),
    table(
      ["rule", ...reports.map((r) => r.version)],
      RULE_NAMES.map((name, i) => [`${i + 1}. ${name}`, ...reports.map((r) => String(r.failures[i]))]),
      markdown,
    ),
  );
  const blocks: string[] = [];
  for (let i = 0; i < sections.length; i += 2) blocks.push(`${sections[i]}\n${markdown ? "\n" : ""}${sections[i + 1]}`);
  return blocks.join("\n\n") + "\n";
}
