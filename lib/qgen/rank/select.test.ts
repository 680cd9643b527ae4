import { describe, expect, it } from "vitest";
import type { Candidate } from "../context";
import { select } from "./select";
import type { QuestionType } from "../types";

/** The sentence of an offset: candidate sentence k has its evidence at 20k. */
const sentenceOf = (offset: number) => Math.floor(offset / 20);

/** A bare candidate: one sentence, one fact, a score. */
function cand(type: QuestionType, prompt: string, fact: string, sentence: number, score: number): Candidate {
  return {
    q: {
      type,
      prompt,
      answer: type === "true_false" ? "True" : `answer ${fact}`,
      evidence: { text: `Sentence ${sentence}.`, start: sentence * 20, end: sentence * 20 + 11 },
      explanation: "",
      difficulty: 1,
    },
    fact,
    sentences: [sentence],
    score,
    kind: "text",
  };
}

/** Three facts on three sentences, each asked as multiple choice, short answer and true/false. */
function threeFacts(): Candidate[] {
  const out: Candidate[] = [];
  for (let s = 0; s < 3; s++) {
    out.push(cand("multiple_choice", `Which thing ${s}?`, `f${s}`, s, 0.7));
    out.push(cand("short_answer", `What thing ${s}?`, `f${s}`, s, 0.6));
    out.push(cand("true_false", `True or false: thing ${s} is so.`, `f${s}`, s, 0.5));
  }
  return out;
}

describe("select", () => {
  it("checks a candidate only when it could be chosen, and gives what checking every candidate first gives", () => {
    const asked: Candidate[] = [];
    const lazy = select(threeFacts(), { count: 10, sentences: 3, seed: 1, sentenceOf, isValid: (c) => (asked.push(c), true) });
    const eager = select(threeFacts(), { count: 10, sentences: 3, seed: 1, sentenceOf });
    const view = (r: { set: Candidate[]; pool: Candidate[] }) => [r.set.map((c) => c.q.prompt), r.pool.map((c) => c.q.prompt)];
    expect(view(lazy)).toEqual(view(eager));
    // each fact is asked once in all, by its best candidate: the other six are never completed or checked
    expect(lazy.set.length + lazy.pool.length).toBe(3);
    expect(asked.length).toBe(3);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("fills the pool up to poolMax with the best-scored facts, and checks nothing past it", () => {
    // ten facts on ten sentences, one multiple-choice candidate each, scored 0.9 down to 0.0
    const cands = Array.from({ length: 10 }, (_, s) => cand("multiple_choice", `Which thing ${s}?`, `f${s}`, s, (9 - s) / 10));
    const asked: Candidate[] = [];
    const all = select(cands, { count: 2, sentences: 10, seed: 1, sentenceOf });
    const capped = select(cands, { count: 2, sentences: 10, seed: 1, sentenceOf, poolMax: 3, isValid: (c) => (asked.push(c), true) });
    expect(capped.set.map((c) => c.fact)).toEqual(all.set.map((c) => c.fact));
    expect(all.pool.length).toBe(8);
    expect(capped.pool.length).toBe(3);
    const best = all.pool.map((c) => c.score).sort((a, b) => b - a).slice(0, 3);
    expect(capped.pool.map((c) => c.score).sort((a, b) => b - a)).toEqual(best);
    expect(asked.length).toBe(5);
  });

  it("passes over a candidate that fails its check for the next best of the same fact and type", () => {
    const cands = [cand("multiple_choice", "Which one first?", "f0", 0, 0.9), cand("multiple_choice", "Which one second?", "f0", 0, 0.8)];
    const failsFirst = (c: Candidate) => c.q.prompt !== "Which one first?";
    const { set, pool } = select(cands, { count: 5, sentences: 1, seed: 1, sentenceOf, isValid: failsFirst });
    expect([...set, ...pool].map((c) => c.q.prompt)).toEqual(["Which one second?"]);
  });

  it("never returns a candidate that fails its check, even when nothing else asks its fact", () => {
    const cands = threeFacts();
    const { set, pool } = select(cands, { count: 10, sentences: 3, seed: 1, sentenceOf, isValid: (c) => c.fact !== "f1" });
    const chosen = [...set, ...pool];
    expect(chosen.map((c) => c.fact).sort()).toEqual(["f0", "f2"]);
  });

  it("takes single-sentence questions first, and a several-sentence item only where it gives none of them away", () => {
    // a "NOT said" item whose options quote sentences 0 and 1; sentence 0's text names "Harbour Road"
    const notSaid = cand("not_said", "Which of these does the article NOT say?", "ns", 2, 0.9);
    notSaid.sentences = [2, 0, 1];
    notSaid.q.choices = ["The bridge opened on Harbour Road.", "The ferry stopped in 1990.", "The toll was £2.", "The bridge cost £5 million."];
    notSaid.q.answer = "The toll was £2.";
    const answered = cand("multiple_choice", "Where did the bridge open?", "road", 0, 0.8);
    answered.q.answer = "Harbour Road";
    const trueFalse = cand("true_false", "True or false: The ferry stopped in 1990.", "tf1", 1, 0.8);
    const elsewhere = cand("multiple_choice", "Who built the pier?", "pier", 3, 0.5);
    const elsewhereToo = cand("true_false", "True or false: The pier is wooden.", "tf3", 4, 0.5);
    const cands = [notSaid, answered, trueFalse, elsewhere, elsewhereToo];
    // a quiz of three keeps its places for several-sentence items: the item, and the two questions it does not
    // answer, though both score lower than those it does
    expect(select(cands, { count: 3, sentences: 5, seed: 1, sentenceOf }).set.map((c) => c.fact).sort()).toEqual(["ns", "pier", "tf3"]);
    // a quiz of five takes the single-sentence questions first; the item would give two of them away
    expect(select(cands, { count: 5, sentences: 5, seed: 1, sentenceOf }).set.map((c) => c.fact).sort()).toEqual(["pier", "road", "tf1", "tf3"]);
  });

  it("does not ask again the detail a false true/false item changes", () => {
    const tfFalse = cand("true_false", "True or false: The toll was £5.", "s0:tf", 0, 0.9);
    tfFalse.q.answer = "False";
    tfFalse.also = ["toll"];
    const sameDetail = cand("multiple_choice", "How much was the toll?", "toll", 0, 0.8);
    const other = cand("multiple_choice", "Who built the pier?", "pier", 1, 0.5);
    const { set } = select([tfFalse, sameDetail, other], { count: 3, sentences: 2, seed: 1, sentenceOf });
    // one of the two on the toll, whichever comes first, and the pier
    expect(set).toHaveLength(2);
    expect(set.map((c) => c.fact)).toContain("pier");
  });

  it("keeps out a question whose own text shows what a matching item in the set pairs", () => {
    const matching = cand("matching", "Match each number to the phrase it completes in the article.", "match", 0, 0.9);
    matching.sentences = [0, 1];
    matching.q.items = ["at least 60", "two"];
    matching.q.choices = ["Soon a line of ___ townspeople had formed", "He lived in ___ small rooms"];
    matching.q.answer = [...matching.q.choices];
    const shows = cand("multiple_choice", "In the sentence “Soon a line of at least 60 townspeople had formed”, what does the word “line” mean?", "building", 0, 0.8);
    const clear = cand("multiple_choice", "What were the rooms above?", "shop", 2, 0.5);
    const { set } = select([matching, shows, clear], { count: 2, sentences: 3, seed: 1, sentenceOf });
    expect(set.map((c) => c.fact).sort()).toEqual(["match", "shop"]);
  });

  it("takes a NOT-said item that changes a sentence no other several-sentence item quotes, when one leads", () => {
    // 16 sentences: two several-sentence items fit; the matching item quotes sentences 0 and 1
    const matching = cand("matching", "Match each number to the phrase it completes in the article.", "match", 0, 0.95);
    matching.sentences = [0, 1];
    const shown = cand("not_said", "Which of these does the article NOT say?", "ns-shown", 1, 0.9);
    shown.sentences = [1, 5, 6];
    const clear = cand("not_said", "Which of these does the article NOT say?", "ns-clear", 4, 0.8);
    clear.sentences = [4, 5, 6];
    const pick = (cands: Candidate[]) => select(cands, { count: 2, sentences: 16, seed: 1, sentenceOf }).set.map((c) => c.fact).sort();
    expect(pick([matching, shown, clear])).toEqual(["match", "ns-clear"]);
    // with no other, none: a quiz holds no item another gives away
    expect(pick([matching, shown])).toEqual(["match"]);
  });

  it("asks no answer twice in a quiz", () => {
    const first = cand("multiple_choice", "Where is the control centre?", "centre", 0, 0.9);
    first.q.answer = "Coimbra";
    const again = cand("multiple_choice", "Where did the message arrive?", "message", 1, 0.8);
    again.q.answer = "Coimbra";
    const other = cand("multiple_choice", "Who built the lander?", "builder", 2, 0.5);
    other.q.answer = "Kestrel Works";
    expect(select([first, again, other], { count: 2, sentences: 3, seed: 1, sentenceOf }).set.map((c) => c.fact).sort()).toEqual(["builder", "centre"]);
    // with nothing else left, the quiz is shorter rather than ask it twice
    expect(select([first, again, other], { count: 3, sentences: 3, seed: 1, sentenceOf }).set).toHaveLength(2);
  });
});
