import { describe, expect, it } from "vitest";
import * as R from "./rules";
import type { GeneratedQuestion } from "./types";

const body = "Trump and Putin spoke by phone for about 40 minutes on Monday. At least 14 people had been killed in earlier strikes.";
const s0 = "Trump and Putin spoke by phone for about 40 minutes on Monday.";
const ev = { text: s0, start: 0, end: s0.length };

function q(over: Partial<GeneratedQuestion>): GeneratedQuestion {
  return {
    id: "q",
    type: "multiple_choice",
    prompt: "About how long did Trump and Putin speak by phone?",
    choices: ["20 minutes", "40 minutes", "90 minutes", "60 minutes"],
    answer: "40 minutes",
    evidence: ev,
    explanation: "x",
    difficulty: 2,
    ...over,
  };
}

describe("rules: a good question passes every rule", () => {
  it("validateQuestion is empty", () => expect(R.validateQuestion(q({}), body)).toEqual([]));
});

describe("rules reject bad candidates", () => {
  it("evidence that is not the body at its offsets", () => {
    expect(R.ruleEvidenceMatchesBody(q({ evidence: { ...ev, start: 1 } }), body)).toMatch(/differs/);
  });
  it("an answer not in the evidence", () => {
    expect(R.ruleAnswerInEvidence(q({ answer: "50 minutes", choices: ["50 minutes", "1", "2"] }), body)).toMatch(/not in the evidence/);
  });
  it("two correct options, or the answer missing from the options", () => {
    expect(R.ruleOneCorrectOption(q({ choices: ["40 minutes", "40 minutes", "1 minute", "2 minutes"] }), body)).toMatch(/same/);
    expect(R.ruleOneCorrectOption(q({ choices: ["1 minute", "2 minutes", "3 minutes"] }), body)).toMatch(/exactly one/);
  });
  it("answer words in the stem", () => {
    expect(R.ruleNoAnswerInStem(q({ type: "short_answer", prompt: "Who spoke with Putin by phone?", answer: "Putin", choices: undefined }), body)).toMatch(/putin/);
  });
  it("a pronoun or bare title as the answer", () => {
    expect(R.ruleNoPronounOrTitleAnswer(q({ answer: "he" }), body)).toMatch(/pronoun/);
    expect(R.ruleNoPronounOrTitleAnswer(q({ answer: "President" }), body)).toMatch(/title/);
  });
  it("a stem that starts with a dangling pronoun", () => {
    expect(R.ruleNoDanglingPronoun(q({ type: "true_false", prompt: "True or false: He left Washington without a formal agreement." }), body)).toMatch(/pronoun/);
  });
  it("a span that crosses a quotation boundary", () => {
    expect(R.ruleQuoteBoundary(q({ type: "fill_blank", prompt: "Fill in the blank: “Every coin came from _____ said the mayor.", answer: "here" }), body)).toMatch(/quotation/);
  });
  it("a distractor of a different kind", () => {
    expect(R.ruleSameKindOptions(q({ choices: ["40 minutes", "Putin", "90 minutes", "60 minutes"] }), body)).toMatch(/same kind/);
    expect(R.ruleSameKindOptions(q({ answer: "$90 billion", choices: ["$90 billion", "$45 billion", "14 people", "$180 billion"] }), body)).toMatch(/14 people/);
  });
  it("a distractor that is true according to the evidence", () => {
    expect(R.ruleDistractorsNotTrue(q({ prompt: "Who spoke by phone for about 40 minutes?", answer: "Trump", choices: ["Trump", "Putin", "Macron", "Scholz"] }), body)).toMatch(/Putin/);
  });
  it("a hedged number that loses its hedge", () => {
    expect(R.ruleHedgeKept(q({ prompt: "How long did Trump and Putin speak by phone?" }), body)).toMatch(/about/);
    const killed = "At least 14 people had been killed in earlier strikes.";
    const evidence = { text: killed, start: body.indexOf(killed), end: body.indexOf(killed) + killed.length };
    expect(R.ruleHedgeKept(q({ prompt: "How many people had been killed in earlier strikes?", answer: "14", choices: ["14", "7", "28", "21"], evidence }), body)).toMatch(/at least/);
  });
  it("a relative date turned into a calendar date", () => {
    expect(R.ruleRelativeDatesKept(q({ prompt: "On which date did Trump and Putin speak?", answer: "18 August", choices: ["18 August", "19 August", "20 August", "21 August"] }), body)).toMatch(/calendar date/);
  });
  it("a stem that is not a clean question", () => {
    expect(R.ruleCleanStem(q({ prompt: "about how long did they speak" }), body)).toMatch(/capital/);
    expect(R.ruleCleanStem(q({ prompt: "About how long did they speak ?" }), body)).toMatch(/stray/);
  });
  it("two questions on the same fact", () => {
    const a = q({ id: "a" });
    const b = q({ id: "b", type: "short_answer", prompt: "For about how many minutes did they speak?", choices: undefined });
    expect(R.ruleNoDuplicateFacts([a, b])).toMatch(/same fact/);
  });
  it("a set that only questions the lead", () => {
    const long = body + " " + "Filler words here. ".repeat(40);
    expect(R.ruleCoversArticle([q({}), q({ id: "b" }), q({ id: "c" })], long)).toMatch(/middle|end/);
  });
});

describe("classOf", () => {
  it("tells kinds apart", () => {
    expect(R.classOf("$90 billion")).toBe("money");
    expect(R.classOf("Tuesday")).toBe("weekday");
    expect(R.classOf("about 40 minutes")).toBe("duration");
    expect(R.classOf("Volodymyr Zelensky")).toBe("name");
    expect(R.classOf("1761")).toBe("year");
  });
});
