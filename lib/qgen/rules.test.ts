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
    expect(R.ruleNoDanglingPronoun(q({ prompt: "How many people had been killed, according to she?" }), body)).toMatch(/attributed to the pronoun "she"/);
    expect(R.ruleNoDanglingPronoun(q({ prompt: "How many people had been killed, according to Ukrainian officials?" }), body)).toBeNull();
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
    expect(R.ruleCleanStem(q({ prompt: "More than how many families had joined in., according to Pryce?" }), body)).toMatch(/full stop/);
    expect(R.ruleCleanStem(q({ prompt: "How much did the U.S., France and Germany pledge?" }), body)).toBeNull();
    expect(R.ruleCleanStem(q({ prompt: "What did they buy at 9 a.m., before the talks?" }), body)).toBeNull();
  });

  it("a blank with too little around it", () => {
    const cloze = (prompt: string, type: GeneratedQuestion["type"] = "fill_blank") => R.ruleClozeHasContext(q({ type, prompt, answer: "France", choices: undefined }), body);
    expect(cloze("Fill in the blank: Britain, _____.")).toMatch(/too little/);
    expect(cloze("Which answer completes the sentence? _____.", "multiple_choice")).toMatch(/too little/);
    expect(cloze("Fill in the blank: Trump and Putin spoke by phone for about _____ on Monday.")).toBeNull();
    expect(cloze("Which answer completes the sentence? Wren has a mass of _____.", "multiple_choice")).toBeNull();
    expect(cloze("Which answer completes the sentence? Leaders from Britain, _____ and Germany met on Tuesday.", "multiple_choice")).toBeNull();
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

describe("rules reject options the article makes true (round 2)", () => {
  const news =
    "European leaders met on Tuesday after a series of meetings in Washington. President Trump and President Zelensky met at the White House on Monday. " +
    "Ukrainian officials said that at least 14 people had been killed. The control centre in Coimbra cheered.";
  const sentence = (t: string) => ({ text: t, start: news.indexOf(t), end: news.indexOf(t) + t.length });
  const met = sentence("President Trump and President Zelensky met at the White House on Monday.");
  it("a place the article links to the same event (meetings in Washington)", () => {
    const bad = q({ prompt: "Where did President Trump and President Zelensky meet?", answer: "The White House", choices: ["The White House", "Washington", "The Kremlin", "Downing Street"], evidence: met });
    expect(R.ruleDistractorsNotTrueInArticle(bad, news)).toMatch(/Washington/);
    const good = q({ prompt: "Where did President Trump and President Zelensky meet?", answer: "The White House", choices: ["The White House", "The Kremlin", "Downing Street", "The Élysée Palace"], evidence: met });
    expect(R.ruleDistractorsNotTrueInArticle(good, news)).toBeNull();
    expect(R.validateQuestion(good, news)).toEqual([]);
  });
  it("a place that contains another option, or one of another size", () => {
    const bad = q({ prompt: "Where did President Trump and President Zelensky meet?", answer: "The White House", choices: ["The White House", "Washington", "Moscow", "Paris"], evidence: met });
    expect(R.rulePlaceOptionsDisjoint(bad, news)).toMatch(/sizes|contain/);
    const city = q({ answer: "Coimbra", choices: ["Coimbra", "Lisbon", "Paris", "Madrid"] });
    expect(R.rulePlaceOptionsDisjoint(city, news)).toBeNull();
    expect(R.rulePlaceOptionsDisjoint(q({ answer: "Kyiv", choices: ["Kyiv", "Ukraine", "Paris", "Rome"] }), news)).toMatch(/sizes/);
  });
  it("a day the article gives for the same event", () => {
    const bad = q({ prompt: "On which day did President Trump and President Zelensky meet?", answer: "Monday", choices: ["Monday", "Tuesday", "Friday", "Sunday"], evidence: met });
    expect(R.ruleDistractorsNotTrueInArticle(bad, news)).toMatch(/Tuesday/);
  });
  it("a false statement whose changed number its hedge allows, or that repeats its evidence", () => {
    const killed = sentence("Ukrainian officials said that at least 14 people had been killed.");
    const lower = q({ type: "true_false", prompt: "True or false: Ukrainian officials said that at least 7 people had been killed.", choices: ["True", "False"], answer: "False", evidence: killed });
    expect(R.ruleDistractorsNotTrueInArticle(lower, news)).toMatch(/bound/);
    const same = q({ type: "true_false", prompt: "True or false: Ukrainian officials said that at least 14 people had been killed.", choices: ["True", "False"], answer: "False", evidence: killed });
    expect(R.ruleDistractorsNotTrueInArticle(same, news)).toMatch(/repeats/);
    const changedDay = q({ type: "true_false", prompt: "True or false: President Trump and President Zelensky met at the White House on Tuesday.", choices: ["True", "False"], answer: "False", evidence: met });
    expect(R.ruleDistractorsNotTrueInArticle(changedDay, news)).toMatch(/Tuesday/);
  });
  it("a NOT-said item whose other options are not in the article", () => {
    const bad = q({ type: "not_said", prompt: "Which of these does the article NOT say?", answer: "The control centre in Lisbon cheered.", choices: ["The control centre in Lisbon cheered.", "European leaders met on Tuesday.", "Trump met Putin in Alaska.", "Ukrainian officials said that at least 14 people had been killed."], evidence: sentence("The control centre in Coimbra cheered.") });
    expect(R.ruleNotSaidOthersSaid(bad, news)).toMatch(/Alaska/);
  });
  it("matching that mixes a country with people, or full names with surnames", () => {
    const m = (items: string[]) => q({ type: "matching", items, choices: ["a", "b", "c"], answer: ["a", "b", "c"] });
    expect(R.ruleMatchingConsistent(m(["Russia", "Volodymyr Zelensky", "Trump"]), news)).toMatch(/kinds/);
    expect(R.ruleMatchingConsistent(m(["Zelensky", "Vladimir Putin", "Trump"]), news)).toMatch(/surnames/);
    expect(R.ruleMatchingConsistent(m(["Zelensky", "Putin", "Trump"]), news)).toBeNull();
  });
  it("a capitalised 'The' inside a cloze sentence", () => {
    const bad = q({ prompt: "Which answer completes the sentence? They ended the war with _____.", answer: "Russia", choices: ["Russia", "The United States", "France", "Germany"] });
    expect(R.ruleBlankOptionsFit(bad, news)).toMatch(/capitalised/);
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

describe("normText", () => {
  it("drops possessives and keeps words, numbers, $ . % apart by single spaces", () => {
    expect(R.normText("Trump’s  “deal” — worth $90.5 billion (5%).")).toBe("trump deal worth $90.5 billion 5%");
    expect(R.normText("The boss's boss’s sons' lists")).toBe("the boss boss sons lists");
  });
});
