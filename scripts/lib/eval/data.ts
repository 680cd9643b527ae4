/**
 * The files of the judged set and of the loop, under a root (the repository by default; tests use a temporary one):
 * lib/qgen/eval/{manifest.json, texts/, items/, packets/, verdicts.jsonl} and lib/qgen/rank/weights.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EvalError } from "./errors";

export interface EvalPaths {
  root: string;
  evalDir: string;
  texts: string;
  manifest: string;
  items: string;
  packets: string;
  verdicts: string;
  weights: string;
}

export function evalPaths(root: string): EvalPaths {
  const evalDir = path.join(root, "lib/qgen/eval");
  return {
    root,
    evalDir,
    texts: path.join(evalDir, "texts"),
    manifest: path.join(evalDir, "manifest.json"),
    items: path.join(evalDir, "items"),
    packets: path.join(evalDir, "packets"),
    verdicts: path.join(evalDir, "verdicts.jsonl"),
    weights: path.join(root, "lib/qgen/rank/weights.json"),
  };
}

export type TextKind = "news" | "nonfiction";

export interface ManifestEntry {
  id: string;
  title: string;
  kind: TextKind;
  words: number;
  heldOut: boolean;
}

export type Role = "quiz" | "pool";

/** The fields of a generated question that a reviewer judges (no id, no difficulty). */
export interface EvalItem {
  type: string;
  prompt: string;
  choices?: string[];
  items?: string[];
  answer: string | string[];
  accept?: string[];
  evidence: { text: string; start: number; end: number };
  explanation: string;
}

/** One line of items/<version>.jsonl. */
export interface ItemRecord {
  text: string;
  version: string;
  role: Role;
  rank: number;
  hash: string;
  item: EvalItem;
  p?: number;
  features?: Record<string, number>;
}

/** A text's set-level figures in items/<version>.sets.json. */
export interface SetRecord {
  text: string;
  /** Questions in the quiz (0 when the generator refused the text). */
  questions: number;
  /** Distinct question types in the quiz. */
  types: number;
  /** The generator's message when it refused the text. */
  refused?: string;
}

export interface SetsFile {
  version: string;
  texts: SetRecord[];
}

export type Verdict = "acceptable" | "unacceptable";

/** One line of verdicts.jsonl. */
export interface VerdictRecord {
  text: string;
  /** The item's hash. */
  item: string;
  verdict: Verdict;
  rule: number | null;
  note: string;
  packet: string;
}

/** A packet's expected.json: blind label → the item it stands for and the batch that shows it. */
export interface Expected {
  text: string;
  hash: string;
  batch: string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function readManifest(paths: EvalPaths): ManifestEntry[] {
  if (!existsSync(paths.manifest)) throw new EvalError(`no manifest at ${paths.manifest}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(paths.manifest, "utf8"));
  } catch (e) {
    throw new EvalError(`${paths.manifest}: not JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(raw)) throw new EvalError(`${paths.manifest}: expected a JSON array of texts`);
  const seen = new Set<string>();
  const entries = raw.map((e: Record<string, unknown>, i): ManifestEntry => {
    const where = `${paths.manifest}: entry ${i + 1}`;
    if (typeof e !== "object" || e === null) throw new EvalError(`${where} is not an object`);
    if (typeof e.id !== "string" || !ID.test(e.id)) throw new EvalError(`${where}: id must be lower-case letters, digits and hyphens`);
    if (seen.has(e.id)) throw new EvalError(`${where}: duplicate id ${e.id}`);
    seen.add(e.id);
    if (typeof e.title !== "string") throw new EvalError(`${where} (${e.id}): title must be a string`);
    if (e.kind !== "news" && e.kind !== "nonfiction") throw new EvalError(`${where} (${e.id}): kind must be "news" or "nonfiction"`);
    if (typeof e.words !== "number") throw new EvalError(`${where} (${e.id}): words must be a number`);
    if (typeof e.heldOut !== "boolean") throw new EvalError(`${where} (${e.id}): heldOut must be true or false`);
    return { id: e.id, title: e.title, kind: e.kind, words: e.words, heldOut: e.heldOut };
  });
  return entries.sort((a, b) => cmp(a.id, b.id));
}

export function readTextBody(paths: EvalPaths, id: string): string {
  const file = path.join(paths.texts, `${id}.txt`);
  if (!existsSync(file)) throw new EvalError(`the manifest lists ${id} but ${file} is missing`);
  return readFileSync(file, "utf8");
}

/** Code-unit order, the same on every machine (no locale). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Version order: digit runs compared as numbers, so lectio-qgen@0.2.9 comes before lectio-qgen@0.2.10. */
export function versionCmp(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const numeric = i % 2 === 1;
    return numeric && Number(pa[i]) !== Number(pb[i]) ? Number(pa[i]) - Number(pb[i]) : cmp(pa[i], pb[i]);
  }
  return pa.length - pb.length;
}

/** A version as a file name: anything but letters, digits, dot, @, + and hyphen becomes "_". */
export function versionFileName(version: string): string {
  return version.replace(/[^A-Za-z0-9.@+-]/g, "_").replace(/^\.+/, "_");
}

/** Parses a JSON-lines file: blank lines are skipped; a bad line is an error naming file and line. */
export function readJsonl(file: string): { line: number; value: unknown }[] {
  if (!existsSync(file)) return [];
  const out: { line: number; value: unknown }[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((text, i) => {
      if (text.trim() === "") return;
      try {
        out.push({ line: i + 1, value: JSON.parse(text) });
      } catch (e) {
        throw new EvalError(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
      }
    });
  return out;
}

/** Writes a file whole or not at all (a temporary file renamed over it). */
export function writeAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

export function toJsonl(values: unknown[]): string {
  return values.map((v) => JSON.stringify(v) + "\n").join("");
}

export interface Snapshot {
  version: string;
  items: ItemRecord[];
  sets: SetsFile;
}

/** Every snapshot in items/, in version order (each is a <name>.sets.json with its <name>.jsonl). */
export function readSnapshots(paths: EvalPaths): Snapshot[] {
  if (!existsSync(paths.items)) return [];
  const out: Snapshot[] = [];
  for (const f of readdirSync(paths.items).sort(cmp)) {
    if (!f.endsWith(".sets.json")) continue;
    const base = f.slice(0, -".sets.json".length);
    const setsFile = path.join(paths.items, f);
    let sets: SetsFile;
    try {
      sets = JSON.parse(readFileSync(setsFile, "utf8")) as SetsFile;
    } catch (e) {
      throw new EvalError(`${setsFile}: not JSON (${(e as Error).message})`);
    }
    if (typeof sets.version !== "string" || !Array.isArray(sets.texts)) throw new EvalError(`${setsFile}: expected {version, texts}`);
    const itemsFile = path.join(paths.items, `${base}.jsonl`);
    if (!existsSync(itemsFile)) throw new EvalError(`${setsFile} has no ${base}.jsonl beside it`);
    const items = readJsonl(itemsFile).map(({ value }) => value as ItemRecord);
    out.push({ version: sets.version, items, sets });
  }
  return out.sort((a, b) => versionCmp(a.version, b.version));
}

/** The snapshot of one version, by version string (lectio-qgen@0.2.10) or file name (lectio-qgen@0.2.10.jsonl). */
export function findSnapshot(snapshots: Snapshot[], name: string): Snapshot {
  const bare = name.replace(/\.(jsonl|sets\.json)$/, "");
  const found = snapshots.find((s) => s.version === name || versionFileName(s.version) === bare);
  if (!found) {
    const known = snapshots.map((s) => s.version).join(", ") || "none";
    throw new EvalError(`no snapshot of ${name} in lib/qgen/eval/items/ (snapshots: ${known}); run snapshot first`);
  }
  return found;
}

export function readVerdicts(paths: EvalPaths): VerdictRecord[] {
  return readJsonl(paths.verdicts).map(({ value }) => value as VerdictRecord);
}

/** The first verdict given to each item hash (a later one for the same item, from another packet, is ignored). */
export function verdictByHash(verdicts: VerdictRecord[]): Map<string, VerdictRecord> {
  const m = new Map<string, VerdictRecord>();
  for (const v of verdicts) if (!m.has(v.item)) m.set(v.item, v);
  return m;
}
