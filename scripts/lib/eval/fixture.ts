/** Test helpers: a temporary root with a few tiny texts, and hand-made snapshots and verdicts in it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { evalPaths, toJsonl, versionFileName, type EvalItem, type EvalPaths, type ItemRecord, type Role, type SetsFile, type VerdictRecord } from "./data";
import { itemHash } from "./hash";

export interface FixtureText {
  id: string;
  title: string;
  kind: "news" | "nonfiction";
  heldOut: boolean;
  body: string;
}

export const TEXTS: FixtureText[] = [
  {
    id: "news-harbour-bridge-opens",
    title: "New harbour bridge opens in Porto Vale",
    kind: "news",
    heldOut: false,
    body:
      "The new harbour bridge in Porto Vale opened on Monday after four years of building. Mayor Ana Ribeiro cut the ribbon in front of about 3,000 people.\n\n" +
      "The bridge cost 120 million euros and carries two tram lines. Engineers from Lisbon designed it to survive strong storms from the Atlantic.\n\n" +
      "Local shop owners said the bridge would bring more visitors to the old town. The ferry that crossed the harbour will stop running in June.",
  },
  {
    id: "news-river-school-floods",
    title: "Floods close river school",
    kind: "news",
    heldOut: true,
    body:
      "Heavy rain flooded the river school in Santa Marta on Tuesday. About 400 pupils were sent home before noon.\n\n" +
      "The headteacher, Paulo Mendes, said the ground floor was under half a metre of water. Classes will move to the town library for two weeks.\n\n" +
      "The regional council promised 2 million euros to raise the building and repair the playground.",
  },
  {
    id: "nonfiction-tiny-note",
    title: "A tiny note",
    kind: "nonfiction",
    heldOut: false,
    body: "Bees make honey from the nectar of flowers.",
  },
];

/** A temporary root holding lib/qgen/eval/{manifest.json, texts/} for the given texts. */
export function makeRoot(texts: FixtureText[] = TEXTS): { paths: EvalPaths; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), "lectio-eval-"));
  const paths = evalPaths(root);
  mkdirSync(paths.texts, { recursive: true });
  const manifest = texts.map((t) => ({
    id: t.id,
    title: t.title,
    kind: t.kind,
    words: t.body.split(/\s+/).filter(Boolean).length,
    heldOut: t.heldOut,
    licence: "CC0",
  }));
  writeFileSync(paths.manifest, JSON.stringify(manifest, null, 2));
  for (const t of texts) writeFileSync(path.join(paths.texts, `${t.id}.txt`), t.body + "\n");
  return { paths, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A multiple-choice item with the given prompt (answer: its first choice). */
export function mcItem(prompt: string, choices = ["Lisbon", "Porto", "Madrid"]): EvalItem {
  return {
    type: "multiple_choice",
    prompt,
    choices,
    answer: choices[0],
    evidence: { text: prompt, start: 0, end: prompt.length },
    explanation: `The article says: “${prompt}”`,
  };
}

export interface ItemSpec {
  text: string;
  role?: Role;
  item: EvalItem;
  features?: Record<string, number>;
}

/** Writes items/<version>.jsonl and .sets.json from item specs (ranks numbered per text and role). */
export function writeSnapshotFiles(paths: EvalPaths, version: string, specs: ItemSpec[], sets?: SetsFile["texts"]): ItemRecord[] {
  const next = new Map<string, number>();
  const records = specs.map((s): ItemRecord => {
    const role = s.role ?? "quiz";
    const key = `${s.text}\n${role}`;
    const rank = next.get(key) ?? 0;
    next.set(key, rank + 1);
    const r: ItemRecord = { text: s.text, version, role, rank, hash: itemHash(s.text, s.item), item: s.item };
    if (s.features) r.features = s.features;
    return r;
  });
  const texts =
    sets ??
    [...new Set(specs.map((s) => s.text))].map((text) => {
      const quiz = records.filter((r) => r.text === text && r.role === "quiz");
      return { text, questions: quiz.length, types: new Set(quiz.map((r) => r.item.type)).size };
    });
  mkdirSync(paths.items, { recursive: true });
  writeFileSync(path.join(paths.items, `${versionFileName(version)}.jsonl`), toJsonl(records));
  writeFileSync(path.join(paths.items, `${versionFileName(version)}.sets.json`), JSON.stringify({ version, texts }, null, 2));
  return records;
}

export function writeVerdictLines(paths: EvalPaths, lines: VerdictRecord[]): void {
  mkdirSync(path.dirname(paths.verdicts), { recursive: true });
  writeFileSync(paths.verdicts, toJsonl(lines));
}
