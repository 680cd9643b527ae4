/**
 * `snapshot`: every text's question set from one generator, as items/<version>.jsonl (one line per item) and
 * items/<version>.sets.json (per text: questions in the quiz, distinct types).
 */
import path from "node:path";
import { EvalError } from "./errors";
import {
  cmp,
  readManifest,
  readTextBody,
  toJsonl,
  versionFileName,
  writeAtomic,
  type EvalItem,
  type EvalPaths,
  type ItemRecord,
  type Role,
  type SetRecord,
  type SetsFile,
} from "./data";
import type { LoadedGenerator } from "./generator";
import { itemHash } from "./hash";

export const DEFAULT_POOL = 24;

type Question = Record<string, unknown>;

function question(q: unknown, where: string): Question {
  if (typeof q !== "object" || q === null) throw new EvalError(`${where}: not a question object`);
  const o = q as Question;
  if (typeof o.type !== "string" || typeof o.prompt !== "string") throw new EvalError(`${where}: a question without type or prompt`);
  return o;
}

/** The judged fields of a generated question, in a fixed order (absent ones left out). */
export function evalItem(q: Question): EvalItem {
  const item: Record<string, unknown> = { type: q.type, prompt: q.prompt };
  if (q.choices !== undefined) item.choices = q.choices;
  if (q.items !== undefined) item.items = q.items;
  item.answer = q.answer;
  if (q.accept !== undefined) item.accept = q.accept;
  item.evidence = q.evidence;
  item.explanation = q.explanation;
  return item as unknown as EvalItem;
}

function record(text: string, version: string, role: Role, rank: number, q: Question): ItemRecord {
  const item = evalItem(q);
  const r: ItemRecord = { text, version, role, rank, hash: itemHash(text, item), item };
  const scored = q.rank as { p?: unknown; features?: unknown } | undefined;
  if (scored && typeof scored === "object") {
    if (typeof scored.p === "number") r.p = scored.p;
    if (scored.features && typeof scored.features === "object") {
      const features: Record<string, number> = {};
      for (const k of Object.keys(scored.features).sort(cmp)) {
        const v = (scored.features as Record<string, unknown>)[k];
        if (typeof v === "number" && Number.isFinite(v)) features[k] = v;
      }
      r.features = features;
    }
  }
  return r;
}

export interface SnapshotResult {
  version: string;
  items: ItemRecord[];
  sets: SetsFile;
}

/**
 * Runs the generator over every text of the manifest (sorted by id) with {seed: 1, explain: true}. Quiz items of
 * every text; the first `pool` pool items of tuning texts only. A text the generator refuses (QgenInputError) is
 * recorded with 0 questions.
 */
export function makeSnapshot(paths: EvalPaths, gen: LoadedGenerator, pool = DEFAULT_POOL): SnapshotResult {
  if (!Number.isInteger(pool) || pool < 0) throw new EvalError(`--pool must be a whole number ≥ 0, not ${pool}`);
  const manifest = readManifest(paths);
  const versions = new Set<string>();
  const perText: { text: string; quiz: Question[]; pool: Question[]; refused?: string }[] = [];
  for (const t of manifest) {
    const body = gen.normalize(readTextBody(paths, t.id));
    let out: unknown;
    try {
      out = gen.generate({ title: t.title, body }, { seed: 1, explain: true });
    } catch (e) {
      if (e instanceof Error && e.name === "QgenInputError") {
        perText.push({ text: t.id, quiz: [], pool: [], refused: e.message });
        continue;
      }
      throw new EvalError(`the generator (${gen.source}) failed on ${t.id}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
    const o = out as { generator?: unknown; questions?: unknown; pool?: unknown };
    if (typeof o?.generator !== "string" || !Array.isArray(o.questions))
      throw new EvalError(`the generator (${gen.source}) gave no {generator, questions} for ${t.id}`);
    versions.add(o.generator);
    perText.push({
      text: t.id,
      quiz: o.questions.map((q, i) => question(q, `${t.id} quiz ${i}`)),
      pool: t.heldOut ? [] : (Array.isArray(o.pool) ? o.pool : []).slice(0, pool).map((q, i) => question(q, `${t.id} pool ${i}`)),
    });
  }
  if (versions.size > 1) throw new EvalError(`the generator named itself ${[...versions].join(" and ")} on different texts`);
  const version = [...versions][0] ?? gen.version;
  if (version === undefined) throw new EvalError("the generator refused every text and exports no GENERATOR: no version to name the snapshot");
  const items: ItemRecord[] = [];
  const texts: SetRecord[] = [];
  for (const t of perText) {
    t.quiz.forEach((q, i) => items.push(record(t.text, version, "quiz", i, q)));
    t.pool.forEach((q, i) => items.push(record(t.text, version, "pool", i, q)));
    const s: SetRecord = { text: t.text, questions: t.quiz.length, types: new Set(t.quiz.map((q) => q.type)).size };
    if (t.refused !== undefined) s.refused = t.refused;
    texts.push(s);
  }
  return { version, items, sets: { version, texts } };
}

/** Writes items/<version>.jsonl and items/<version>.sets.json; returns their paths. */
export function writeSnapshot(paths: EvalPaths, snap: SnapshotResult): { itemsFile: string; setsFile: string } {
  const base = path.join(paths.items, versionFileName(snap.version));
  const itemsFile = `${base}.jsonl`;
  const setsFile = `${base}.sets.json`;
  writeAtomic(itemsFile, toJsonl(snap.items));
  writeAtomic(setsFile, JSON.stringify(snap.sets, null, 2) + "\n");
  return { itemsFile, setsFile };
}
