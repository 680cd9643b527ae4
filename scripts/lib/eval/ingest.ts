/**
 * `ingest <packet dir>`: reviewers' batch-*.verdicts.jsonl files, checked against the packet's expected.json and
 * appended to verdicts.jsonl as {text, item: <hash>, verdict, rule, note, packet}. All files are checked before
 * anything is written: one bad line and nothing is added. Ingesting the same files twice adds nothing.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { EvalError } from "./errors";
import { cmp, readJsonl, readVerdicts, type EvalPaths, type Expected, type Verdict, type VerdictRecord } from "./data";

export interface IngestResult {
  packet: string;
  files: string[];
  added: number;
  alreadyPresent: number;
  /** Batches of the packet that have no verdicts file yet. */
  missing: string[];
}

const VERDICT_FILE = /^(batch-h?\d+)\.verdicts\.jsonl$/;
const MAX_ERRORS = 30;

function describe(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

export function ingest(paths: EvalPaths, packetDir: string): IngestResult {
  const dir = path.resolve(packetDir);
  const packet = path.basename(dir);
  const expectedFile = path.join(dir, "expected.json");
  if (!existsSync(expectedFile)) throw new EvalError(`${dir} is not a packet: no expected.json in it`);
  let expected: Record<string, Expected>;
  try {
    expected = JSON.parse(readFileSync(expectedFile, "utf8")) as Record<string, Expected>;
  } catch (e) {
    throw new EvalError(`${expectedFile}: not JSON (${(e as Error).message})`);
  }
  const labelsOf = new Map<string, string[]>();
  for (const [label, e] of Object.entries(expected)) {
    const list = labelsOf.get(e.batch) ?? [];
    list.push(label);
    labelsOf.set(e.batch, list);
  }

  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".verdicts.jsonl"))
    .sort(cmp);
  const errors: string[] = [];
  const incoming: VerdictRecord[] = [];
  for (const f of files) {
    const file = path.join(dir, f);
    const m = VERDICT_FILE.exec(f);
    const batch = m?.[1];
    if (batch === undefined || !labelsOf.has(batch)) {
      errors.push(`${file}: no batch ${batch ?? f.replace(/\.verdicts\.jsonl$/, "")}.md in this packet (name a file after its batch: batch-01.verdicts.jsonl)`);
      continue;
    }
    let lines: { line: number; value: unknown }[];
    try {
      lines = readJsonl(file);
    } catch (e) {
      errors.push((e as Error).message);
      continue;
    }
    const answered = new Map<string, number>();
    for (const { line, value } of lines) {
      const at = `${file}:${line}`;
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        errors.push(`${at}: expected an object {"item", "verdict", "rule", "note"}`);
        continue;
      }
      const v = value as Record<string, unknown>;
      if (typeof v.item !== "string") {
        errors.push(`${at}: "item" must be the item's label, a string`);
        continue;
      }
      const e = expected[v.item];
      if (e === undefined) {
        errors.push(`${at}: unknown item ${describe(v.item)} (not a label of this packet)`);
        continue;
      }
      if (e.batch !== batch) {
        errors.push(`${at}: item ${v.item} belongs to ${e.batch}, not ${batch}`);
        continue;
      }
      if (answered.has(v.item)) {
        errors.push(`${at}: item ${v.item} answered twice (first on line ${answered.get(v.item)})`);
        continue;
      }
      answered.set(v.item, line);
      if (v.verdict !== "acceptable" && v.verdict !== "unacceptable") {
        errors.push(`${at}: "verdict" must be "acceptable" or "unacceptable", not ${describe(v.verdict)}`);
        continue;
      }
      const rule = v.rule === undefined ? null : v.rule;
      if (v.verdict === "acceptable" && rule !== null) {
        errors.push(`${at}: an acceptable item breaks no rule: "rule" must be null, not ${describe(rule)}`);
        continue;
      }
      if (v.verdict === "unacceptable" && !(typeof rule === "number" && Number.isInteger(rule) && rule >= 1 && rule <= 6)) {
        errors.push(`${at}: an unacceptable item needs "rule": the first rule broken, 1 to 6, not ${describe(rule)}`);
        continue;
      }
      if (v.note !== undefined && typeof v.note !== "string") {
        errors.push(`${at}: "note" must be a string`);
        continue;
      }
      incoming.push({ text: e.text, item: e.hash, verdict: v.verdict as Verdict, rule: rule as number | null, note: (v.note as string | undefined) ?? "", packet });
    }
    const unanswered = labelsOf.get(batch)!.filter((l) => !answered.has(l));
    if (unanswered.length > 0)
      errors.push(`${file}: ${unanswered.length} item(s) of ${batch}.md not answered: ${unanswered.slice(0, 5).join(", ")}${unanswered.length > 5 ? ", …" : ""}`);
  }

  const present = new Map<string, VerdictRecord>();
  for (const v of readVerdicts(paths)) if (v.packet === packet) present.set(v.item, v);
  const fresh: VerdictRecord[] = [];
  let alreadyPresent = 0;
  for (const v of incoming) {
    const old = present.get(v.item);
    if (old === undefined) {
      fresh.push(v);
      present.set(v.item, v);
    } else if (old.verdict === v.verdict && old.rule === v.rule && old.note === v.note) alreadyPresent++;
    else
      errors.push(
        `verdict for ${v.text} item ${v.item} differs from the one already ingested from packet ${packet} (${old.verdict}, rule ${old.rule}); to change it, edit ${paths.verdicts} by hand`,
      );
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_ERRORS).join("\n");
    const more = errors.length > MAX_ERRORS ? `\n… and ${errors.length - MAX_ERRORS} more` : "";
    throw new EvalError(`nothing ingested: ${errors.length} problem(s)\n${shown}${more}`);
  }
  if (fresh.length > 0) {
    mkdirSync(path.dirname(paths.verdicts), { recursive: true });
    appendFileSync(paths.verdicts, fresh.map((v) => JSON.stringify(v) + "\n").join(""));
  }
  const withFiles = new Set(files.map((f) => VERDICT_FILE.exec(f)?.[1]));
  return {
    packet,
    files,
    added: fresh.length,
    alreadyPresent,
    missing: [...labelsOf.keys()].filter((b) => !withFiles.has(b)).sort(cmp),
  };
}
