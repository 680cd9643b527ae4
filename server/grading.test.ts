import { beforeAll, describe, expect, it } from "vitest";
import { describeAnswer, gradeAnswer } from "./grading";
import { createFixtureSet } from "./test/quiz-fixture";

// Graded against rows read back from the real (per-file) test database.
let q: Awaited<ReturnType<typeof createFixtureSet>>["byKey"];
beforeAll(async () => {
  q = (await createFixtureSet()).byKey;
});

const ok = (correct: boolean) => expect.objectContaining({ ok: true, correct });

describe("gradeAnswer", () => {
  it("multiple choice: the exact option is right, another option wrong, anything else rejected", () => {
    expect(gradeAnswer(q("mc"), "Grace Hopper")).toEqual(ok(true));
    expect(gradeAnswer(q("mc"), "Alan Turing")).toEqual(ok(false));
    expect(gradeAnswer(q("mc"), "grace hopper")).toEqual({ ok: false, message: "Choose one of the options." });
    expect(gradeAnswer(q("mc"), ["Grace Hopper"])).toMatchObject({ ok: false });
  });

  it("true/false and not-said grade like options", () => {
    expect(gradeAnswer(q("tf"), "False")).toEqual(ok(true));
    expect(gradeAnswer(q("tf"), "True")).toEqual(ok(false));
    expect(gradeAnswer(q("tf"), "Maybe")).toMatchObject({ ok: false });
    expect(gradeAnswer(q("ns"), "C")).toEqual(ok(true));
  });

  it("typed answers are lenient: case, punctuation, articles, number words, small typos", () => {
    expect(gradeAnswer(q("fb"), "14")).toEqual(ok(true));
    expect(gradeAnswer(q("fb"), "Fourteen")).toEqual(ok(true));
    expect(gradeAnswer(q("fb"), "15")).toEqual(ok(false));
    expect(gradeAnswer(q("sa"), "  rotterdam. ")).toEqual({ ok: true, correct: true, answer: "rotterdam." });
    expect(gradeAnswer(q("sa"), "the Rotterdam")).toEqual(ok(true));
    expect(gradeAnswer(q("sa"), "Roterdam")).toEqual(ok(true));
    expect(gradeAnswer(q("sa"), "Amsterdam")).toEqual(ok(false));
  });

  it("typed answers reject blanks, arrays and essays with a message", () => {
    expect(gradeAnswer(q("sa"), "   ")).toMatchObject({ ok: false, message: expect.stringMatching(/Type your answer/) });
    expect(gradeAnswer(q("sa"), ["Rotterdam"])).toMatchObject({ ok: false });
    expect(gradeAnswer(q("sa"), "x".repeat(201))).toMatchObject({ ok: false, message: expect.stringMatching(/200/) });
  });

  it("matching is right only when every pair is right, and needs a pick for every item", () => {
    expect(gradeAnswer(q("mt"), ["admiral", "mathematician"])).toEqual(ok(true));
    expect(gradeAnswer(q("mt"), ["mathematician", "admiral"])).toEqual(ok(false));
    expect(gradeAnswer(q("mt"), ["admiral", "admiral"])).toEqual(ok(false));
    expect(gradeAnswer(q("mt"), ["admiral"])).toMatchObject({ ok: false, message: "Pick a match for every item." });
    expect(gradeAnswer(q("mt"), ["admiral", ""])).toMatchObject({ ok: false });
    expect(gradeAnswer(q("mt"), "admiral")).toMatchObject({ ok: false });
  });

  it("an unknown type can't be answered", () => {
    expect(gradeAnswer({ ...q("mc"), type: "essay" }, "x")).toMatchObject({ ok: false });
  });
});

describe("describeAnswer", () => {
  it("shows matching answers as pairs and others as they are", () => {
    expect(describeAnswer(q("mt"), ["admiral", "mathematician"])).toEqual(["Hopper → admiral", "Turing → mathematician"]);
    expect(describeAnswer(q("mc"), "Grace Hopper")).toEqual(["Grace Hopper"]);
  });
});
