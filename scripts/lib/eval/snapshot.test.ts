import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { readJsonl, type ItemRecord, type SetsFile } from "./data";
import { makeRoot } from "./fixture";
import { loadGenerator, type LoadedGenerator } from "./generator";
import { itemHash } from "./hash";
import { makeSnapshot, writeSnapshot } from "./snapshot";

const REPO = path.resolve(import.meta.dirname, "../../..");
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function root() {
  const r = makeRoot();
  cleanups.push(r.cleanup);
  return r.paths;
}

describe("snapshot with the working tree's generator", () => {
  let gen: LoadedGenerator;
  beforeAll(async () => {
    gen = await loadGenerator(REPO);
  });

  it("writes quiz items of every text, pool items of tuning texts only, and the set figures", () => {
    const paths = root();
    const snap = makeSnapshot(paths, gen, 3);
    const { itemsFile, setsFile } = writeSnapshot(paths, snap);
    expect(path.basename(itemsFile)).toBe(`${snap.version}.jsonl`);
    expect(snap.version).toMatch(/^lectio-qgen@/);
    const lines = readJsonl(itemsFile).map((l) => l.value as ItemRecord);
    expect(lines).toEqual(snap.items);
    const tuning = lines.filter((r) => r.text === "news-harbour-bridge-opens");
    const held = lines.filter((r) => r.text === "news-river-school-floods");
    expect(tuning.some((r) => r.role === "quiz")).toBe(true);
    expect(held.some((r) => r.role === "quiz")).toBe(true);
    expect(held.filter((r) => r.role === "pool")).toEqual([]);
    expect(tuning.filter((r) => r.role === "pool").map((r) => r.rank)).toEqual([0, 1, 2]);
    for (const r of lines) {
      expect(Object.keys(r).slice(0, 6)).toEqual(["text", "version", "role", "rank", "hash", "item"]);
      expect(r.version).toBe(snap.version);
      expect(r.hash).toBe(itemHash(r.text, r.item));
      expect(Object.keys(r.item)).not.toContain("id");
      expect(Object.keys(r.item)).not.toContain("difficulty");
    }
    const quizRanks = tuning.filter((r) => r.role === "quiz").map((r) => r.rank);
    expect(quizRanks).toEqual(quizRanks.map((_, i) => i));

    const sets = JSON.parse(readFileSync(setsFile, "utf8")) as SetsFile;
    expect(sets.version).toBe(snap.version);
    for (const s of sets.texts) {
      const quiz = lines.filter((r) => r.text === s.text && r.role === "quiz");
      expect(s.questions).toBe(quiz.length);
      expect(s.types).toBe(new Set(quiz.map((r) => r.item.type)).size);
    }
    // the 8-word text is refused by the generator: recorded, not a crash
    expect(sets.texts.find((s) => s.text === "nonfiction-tiny-note")).toMatchObject({ questions: 0, types: 0, refused: expect.stringContaining("too short") });
  });

  it("is deterministic: two runs write the same bytes", () => {
    const a = root();
    const b = root();
    const fa = writeSnapshot(a, makeSnapshot(a, gen));
    const fb = writeSnapshot(b, makeSnapshot(b, gen));
    expect(readFileSync(fb.itemsFile)).toEqual(readFileSync(fa.itemsFile));
    expect(readFileSync(fb.setsFile)).toEqual(readFileSync(fa.setsFile));
  });
});

describe("snapshot of a generator that scores its questions", () => {
  const question = (i: number) => ({
    id: `q_${i}`,
    type: "short_answer",
    prompt: `Question ${i}?`,
    answer: `answer ${i}`,
    accept: [`the answer ${i}`],
    evidence: { text: "x", start: 0, end: 1 },
    explanation: "The article says so.",
    difficulty: 1,
    rank: { p: i / 10, features: { zeta: i, alpha: 1 - i, label: "not a number" } },
  });
  const scoring: LoadedGenerator = {
    source: "test",
    normalize: (raw) => raw.trim(),
    generate: (input, options) => {
      if (input.body.split(/\s+/).length < 25) throw Object.assign(new Error("input is too short"), { name: "QgenInputError" });
      expect(options).toEqual({ seed: 1, explain: true });
      return { generator: "demo/gen@1 beta", questions: [question(1), question(2)], pool: [question(3), question(4)] };
    },
  };

  it("copies p and the numeric features, and names the file after the sanitised version", () => {
    const paths = root();
    const snap = makeSnapshot(paths, scoring, 1);
    const { itemsFile } = writeSnapshot(paths, snap);
    expect(path.basename(itemsFile)).toBe("demo_gen@1_beta.jsonl");
    const tuning = snap.items.filter((r) => r.text === "news-harbour-bridge-opens");
    expect(tuning.map((r) => [r.role, r.rank, r.p])).toEqual([
      ["quiz", 0, 0.1],
      ["quiz", 1, 0.2],
      ["pool", 0, 0.3],
    ]);
    expect(tuning[1].features).toEqual({ alpha: -1, zeta: 2 });
    expect(Object.keys(tuning[1].features!)).toEqual(["alpha", "zeta"]);
    expect(tuning[1].item).toEqual({ type: "short_answer", prompt: "Question 2?", answer: "answer 2", accept: ["the answer 2"], evidence: { text: "x", start: 0, end: 1 }, explanation: "The article says so." });
  });

  it("stops with the text's id when the generator fails for another reason", () => {
    const paths = root();
    const broken: LoadedGenerator = { ...scoring, generate: () => { throw new TypeError("boom"); } };
    expect(() => makeSnapshot(paths, broken)).toThrow(/failed on news-harbour-bridge-opens: TypeError: boom/);
  });
});
