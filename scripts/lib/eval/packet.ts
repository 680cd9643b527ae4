/**
 * `packet`: the blind review packet. The quiz items of the versions compared plus the pool items of one version
 * (tuning texts only), one entry per hash, none already judged; shuffled inside each text (seeded by the packet's
 * name); grouped by text into batch-NN.md (tuning texts) and batch-hNN.md (held-out texts) of at most
 * `maxBatch` items without splitting a text; expected.json maps each blind label to its text and hash.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { normalizeBody } from "../../../lib/content/normalize";
import { EvalError } from "./errors";
import {
  cmp,
  findSnapshot,
  readManifest,
  readSnapshots,
  readTextBody,
  readVerdicts,
  writeAtomic,
  type EvalPaths,
  type Expected,
  type ItemRecord,
} from "./data";
import { renderBatch, type RenderText } from "./render";

export const DEFAULT_MAX_BATCH = 120;

export interface PacketOptions {
  versions: string[];
  poolVersion?: string;
  maxBatch?: number;
  /** The packet's directory; its name seeds the shuffle and is recorded with every verdict. */
  out: string;
}

export interface PacketResult {
  dir: string;
  name: string;
  batches: { file: string; heldOut: boolean; texts: number; items: number }[];
  items: number;
  alreadyJudged: number;
}

const BATCH_FILE = /^batch-h?\d+\.md$/;

/** A permutation fixed by the packet name: items in order of SHA-256(name, hash). */
function shuffled(name: string, items: ItemRecord[]): ItemRecord[] {
  const key = (h: string) => createHash("sha256").update(`${name}\n${h}`, "utf8").digest("hex");
  return items
    .map((r) => ({ r, k: key(r.hash) }))
    .sort((a, b) => cmp(a.k, b.k))
    .map((x) => x.r);
}

export function makePacket(paths: EvalPaths, opts: PacketOptions): PacketResult {
  const maxBatch = opts.maxBatch ?? DEFAULT_MAX_BATCH;
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new EvalError(`--max-batch must be a whole number ≥ 1, not ${opts.maxBatch}`);
  if (opts.versions.length === 0) throw new EvalError("--versions needs at least one version");
  const dir = path.resolve(opts.out);
  const name = path.basename(dir);
  if (existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".verdicts.jsonl")))
    throw new EvalError(`${dir} already holds reviewers' verdicts; give the new packet another --out`);

  const manifest = new Map(readManifest(paths).map((t) => [t.id, t]));
  const snapshots = readSnapshots(paths);
  const chosen: ItemRecord[] = [];
  for (const v of opts.versions) chosen.push(...findSnapshot(snapshots, v).items.filter((r) => r.role === "quiz"));
  if (opts.poolVersion !== undefined)
    chosen.push(...findSnapshot(snapshots, opts.poolVersion).items.filter((r) => r.role === "pool" && manifest.get(r.text)?.heldOut === false));

  const judged = new Set(readVerdicts(paths).map((v) => v.item));
  const byText = new Map<string, ItemRecord[]>();
  const seen = new Set<string>();
  let alreadyJudged = 0;
  for (const r of chosen) {
    if (seen.has(r.hash)) continue;
    seen.add(r.hash);
    if (judged.has(r.hash)) {
      alreadyJudged++;
      continue;
    }
    if (!manifest.has(r.text)) throw new EvalError(`a snapshot has items on ${r.text}, which the manifest does not list`);
    const list = byText.get(r.text) ?? [];
    list.push(r);
    byText.set(r.text, list);
  }

  const expected: Record<string, Expected> = {};
  const files: { file: string; content: string; heldOut: boolean; texts: number; items: number }[] = [];
  for (const heldOut of [false, true]) {
    const ids = [...byText.keys()].filter((id) => manifest.get(id)?.heldOut === heldOut).sort(cmp);
    const groups: string[][] = [];
    let size = 0;
    for (const id of ids) {
      const n = byText.get(id)!.length;
      if (groups.length === 0 || size + n > maxBatch) {
        groups.push([]);
        size = 0;
      }
      groups[groups.length - 1].push(id);
      size += n;
    }
    groups.forEach((group, g) => {
      const batch = `batch-${heldOut ? "h" : ""}${String(g + 1).padStart(2, "0")}`;
      const texts: RenderText[] = group.map((id) => {
        const t = manifest.get(id)!;
        const items = shuffled(name, byText.get(id)!).map((r, i) => {
          const label = `${id}#${i + 1}`;
          expected[label] = { text: id, hash: r.hash, batch };
          return { label, item: r.item };
        });
        return { id, title: t.title, body: normalizeBody(readTextBody(paths, id)), items };
      });
      const items = texts.reduce((s, t) => s + t.items.length, 0);
      files.push({ file: `${batch}.md`, content: renderBatch(batch, texts), heldOut, texts: texts.length, items });
    });
  }

  const result: PacketResult = {
    dir,
    name,
    batches: files.map(({ file, heldOut, texts, items }) => ({ file, heldOut, texts, items })),
    items: Object.keys(expected).length,
    alreadyJudged,
  };
  if (files.length === 0) return result;
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (BATCH_FILE.test(f) || f === "expected.json") rmSync(path.join(dir, f));
  for (const f of files) writeAtomic(path.join(dir, f.file), f.content);
  writeAtomic(path.join(dir, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
  return result;
}
