import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { EvalItem, EvalPaths, Expected } from "./data";
import { makeRoot, mcItem, writeSnapshotFiles, writeVerdictLines } from "./fixture";
import { itemHash } from "./hash";
import { makePacket } from "./packet";
import { RUBRIC } from "./render";

const TUNE = "news-harbour-bridge-opens";
const HELD = "news-river-school-floods";
const OTHER = "nonfiction-tiny-note";

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function setup(): { paths: EvalPaths; out: (name: string) => string } {
  const r = makeRoot();
  const outs = mkdtempSync(path.join(os.tmpdir(), "lectio-packets-"));
  cleanups.push(r.cleanup, () => rmSync(outs, { recursive: true, force: true }));
  return { paths: r.paths, out: (name) => path.join(outs, name) };
}

const tf: EvalItem = {
  type: "true_false",
  prompt: "True or false: The bridge carries two tram lines.",
  choices: ["True", "False"],
  answer: "True",
  evidence: { text: "The bridge cost 120 million euros and carries two tram lines.", start: 0, end: 10 },
  explanation: "True. The article says so.",
};
const typed: EvalItem = {
  type: "short_answer",
  prompt: "Who cut the ribbon?",
  answer: "Ana Ribeiro",
  accept: ["Mayor Ana Ribeiro"],
  evidence: { text: "Mayor Ana Ribeiro cut the ribbon", start: 0, end: 10 },
  explanation: "The article says: “Mayor Ana Ribeiro cut the ribbon.”",
};
const matching: EvalItem = {
  type: "matching",
  prompt: "Match each person to their role in the article.",
  items: ["Ana Ribeiro", "Paulo Mendes"],
  choices: ["headteacher", "mayor"],
  answer: ["mayor", "headteacher"],
  evidence: { text: "x", start: 0, end: 1 },
  explanation: "Ana Ribeiro is the mayor; Paulo Mendes the headteacher.",
};

/** Two versions sharing one quiz item, each with pool items, and a held-out text. */
function snapshots(paths: EvalPaths) {
  writeSnapshotFiles(paths, "lectio-qgen@0.2.10", [
    { text: TUNE, item: mcItem("Which city designed the bridge?") },
    { text: TUNE, item: tf },
    { text: TUNE, role: "pool", item: mcItem("Old pool item?") },
    { text: HELD, item: mcItem("Where did the pupils go?", ["home", "school", "library"]) },
  ]);
  writeSnapshotFiles(paths, "lectio-qgen@0.3.0", [
    { text: TUNE, item: mcItem("Which city designed the bridge?") },
    { text: TUNE, item: typed },
    { text: TUNE, item: matching },
    { text: TUNE, role: "pool", item: mcItem("When will the ferry stop?", ["June", "May", "July"]) },
    { text: HELD, item: mcItem("How many pupils were sent home?", ["About 400", "About 40", "About 4,000"]) },
    { text: HELD, role: "pool", item: mcItem("Held-out pool item?") },
    { text: OTHER, item: mcItem("What do bees make?", ["honey", "wax", "milk"]) },
  ]);
}

const files = (dir: string) => readdirSync(dir).sort();
const read = (dir: string, f: string) => readFileSync(path.join(dir, f), "utf8");
const expected = (dir: string) => JSON.parse(read(dir, "expected.json")) as Record<string, Expected>;

describe("packet", () => {
  it("takes quiz items of every version and pool items of the pool version on tuning texts, once each", () => {
    const { paths, out } = setup();
    snapshots(paths);
    const r = makePacket(paths, { versions: ["lectio-qgen@0.2.10", "lectio-qgen@0.3.0"], poolVersion: "lectio-qgen@0.3.0", out: out("p1") });
    const e = expected(r.dir);
    const hashes = Object.values(e).map((x) => x.hash).sort();
    const want = [
      itemHash(TUNE, mcItem("Which city designed the bridge?")),
      itemHash(TUNE, tf),
      itemHash(TUNE, typed),
      itemHash(TUNE, matching),
      itemHash(TUNE, mcItem("When will the ferry stop?", ["June", "May", "July"])),
      itemHash(HELD, mcItem("Where did the pupils go?", ["home", "school", "library"])),
      itemHash(HELD, mcItem("How many pupils were sent home?", ["About 400", "About 40", "About 4,000"])),
      itemHash(OTHER, mcItem("What do bees make?", ["honey", "wax", "milk"])),
    ].sort();
    expect(hashes).toEqual(want);
    expect(r.items).toBe(8);
  });

  it("puts held-out texts in batch-h files only, shows no version, role, rank or score, and follows the format", () => {
    const { paths, out } = setup();
    snapshots(paths);
    const r = makePacket(paths, { versions: ["lectio-qgen@0.2.10", "lectio-qgen@0.3.0"], poolVersion: "lectio-qgen@0.3.0", out: out("p1") });
    expect(files(r.dir)).toEqual(["batch-01.md", "batch-h01.md", "expected.json"]);
    const tuning = read(r.dir, "batch-01.md");
    const held = read(r.dir, "batch-h01.md");
    expect(held).toContain(`## Text ${HELD}`);
    expect(held).toContain("The headteacher, Paulo Mendes, said");
    expect(held).not.toContain(TUNE);
    expect(tuning).not.toContain(HELD);
    expect(tuning).not.toContain("Heavy rain flooded");
    for (const batch of [tuning, held]) {
      expect(batch).toContain(RUBRIC);
      expect(batch).not.toMatch(/qgen|0\.2\.10|0\.3\.0|\bquiz\b|\bpool\b|\brank\b|\bscore\b/i);
    }
    expect(held).toContain("Write `batch-h01.verdicts.jsonl` in the same folder, one JSON line per item in the order given");
    // the full text, paragraphs kept, after its id and title
    expect(tuning).toContain(
      `## Text ${TUNE}\n\nTitle: New harbour bridge opens in Porto Vale\n\nThe new harbour bridge in Porto Vale opened on Monday after four years of building. Mayor Ana Ribeiro cut the ribbon in front of about 3,000 people.\n\nThe bridge cost 120 million euros`,
    );
    const e = expected(r.dir);
    const label = (item: EvalItem, text = TUNE) => Object.keys(e).find((l) => e[l].hash === itemHash(text, item))!;
    expect(label(tf)).toMatch(new RegExp(`^${TUNE}#[1-6]$`));
    expect(e[label(tf)]).toEqual({ text: TUNE, hash: itemHash(TUNE, tf), batch: "batch-01" });
    const mc = mcItem("When will the ferry stop?", ["June", "May", "July"]);
    expect(tuning).toContain(`### ${label(mc)}\n\n**Question:** When will the ferry stop?\n\nOptions:\n\n- A. June\n- B. May\n- C. July\n\n**Marked answer:** A. June\n\n**Explanation shown to the student after answering:** The article says: “When will the ferry stop?”`);
    expect(tuning).toContain(`### ${label(tf)}\n\n**Question:** True or false: The bridge carries two tram lines.\n\nOptions: True / False\n\n**Marked answer:** True\n\n**Explanation shown to the student after answering:** True. The article says so.`);
    expect(tuning).toContain(`### ${label(typed)}\n\n**Question:** Who cut the ribbon?\n\nThe student types the answer.\n\nAccepted answers: Ana Ribeiro | Mayor Ana Ribeiro\n\n**Marked answer:** Ana Ribeiro`);
    expect(tuning).toContain(
      `### ${label(matching)}\n\n**Question:** Match each person to their role in the article.\n\nLeft column:\n\n1. Ana Ribeiro\n2. Paulo Mendes\n\nRight column:\n\n- A. headteacher\n- B. mayor\n\n**Marked answer (keyed pairs):**\n\n- 1. Ana Ribeiro → B. mayor\n- 2. Paulo Mendes → A. headteacher`,
    );
    // labels are numbered 1..n inside each text, in the order shown
    const shown = [...tuning.matchAll(/^### (\S+)$/gm)].map((m) => m[1]);
    expect(shown).toEqual([`${OTHER}#1`, `${TUNE}#1`, `${TUNE}#2`, `${TUNE}#3`, `${TUNE}#4`, `${TUNE}#5`].sort());
  });

  it("is deterministic for a packet name, and the name seeds the shuffle", () => {
    const { paths, out } = setup();
    const specs = Array.from({ length: 12 }, (_, i) => ({ text: TUNE, item: mcItem(`Question number ${i}?`) }));
    writeSnapshotFiles(paths, "v@1", specs);
    const a = makePacket(paths, { versions: ["v@1"], out: out("a/same") });
    const b = makePacket(paths, { versions: ["v@1"], out: out("b/same") });
    const c = makePacket(paths, { versions: ["v@1"], out: out("other") });
    for (const f of files(a.dir)) expect(read(b.dir, f)).toBe(read(a.dir, f));
    const order = (dir: string) => Object.values(expected(dir)).map((x) => x.hash);
    expect(order(c.dir)).not.toEqual(order(a.dir));
    expect([...order(c.dir)].sort()).toEqual([...order(a.dir)].sort());
    // shuffled, not in the snapshot's order
    expect(order(a.dir)).not.toEqual(specs.map((s) => itemHash(TUNE, s.item)));
  });

  it("leaves out every item that already has a verdict", () => {
    const { paths, out } = setup();
    snapshots(paths);
    const judged = itemHash(TUNE, tf);
    writeVerdictLines(paths, [{ text: TUNE, item: judged, verdict: "acceptable", rule: null, note: "fine", packet: "earlier" }]);
    const r = makePacket(paths, { versions: ["lectio-qgen@0.2.10"], out: out("p2") });
    expect(r.alreadyJudged).toBe(1);
    expect(Object.values(expected(r.dir)).map((x) => x.hash)).not.toContain(judged);
    expect(read(r.dir, "batch-01.md")).not.toContain("True or false: The bridge carries two tram lines.");
    expect(r.items).toBe(2);
  });

  it("splits batches at --max-batch without splitting a text", () => {
    const { paths, out } = setup();
    writeSnapshotFiles(paths, "v@1", [
      ...Array.from({ length: 3 }, (_, i) => ({ text: TUNE, item: mcItem(`Bridge ${i}?`) })),
      ...Array.from({ length: 2 }, (_, i) => ({ text: OTHER, item: mcItem(`Bees ${i}?`) })),
      ...Array.from({ length: 2 }, (_, i) => ({ text: HELD, item: mcItem(`Floods ${i}?`) })),
    ]);
    const r = makePacket(paths, { versions: ["v@1"], maxBatch: 4, out: out("p3") });
    expect(r.batches).toEqual([
      { file: "batch-01.md", heldOut: false, texts: 1, items: 3 },
      { file: "batch-02.md", heldOut: false, texts: 1, items: 2 },
      { file: "batch-h01.md", heldOut: true, texts: 1, items: 2 },
    ]);
    const e = expected(r.dir);
    expect(Object.keys(e).filter((l) => e[l].batch === "batch-01").every((l) => l.startsWith(`${TUNE}#`))).toBe(true);
    const big = makePacket(paths, { versions: ["v@1"], maxBatch: 5, out: out("p4") });
    expect(big.batches.map((b) => [b.file, b.items])).toEqual([["batch-01.md", 5], ["batch-h01.md", 2]]);
  });

  it("refuses a packet directory that holds verdicts, and unknown versions", () => {
    const { paths, out } = setup();
    snapshots(paths);
    const r = makePacket(paths, { versions: ["lectio-qgen@0.2.10"], out: out("p5") });
    writeFileSync(path.join(r.dir, "batch-01.verdicts.jsonl"), "");
    expect(() => makePacket(paths, { versions: ["lectio-qgen@0.2.10"], out: r.dir })).toThrow(/already holds reviewers' verdicts/);
    expect(() => makePacket(paths, { versions: ["lectio-qgen@9"], out: out("p6") })).toThrow(/no snapshot of lectio-qgen@9 .*snapshots: lectio-qgen@0.2.10, lectio-qgen@0.3.0/);
    expect(existsSync(out("p6"))).toBe(false);
  });
});
