import { describe, expect, it } from "vitest";
import type { Candidate } from "./context";
import { select } from "./rank";
import type { QuestionType } from "./types";

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

/** Three facts on three sentences, each asked as multiple choice, short answer and fill in the blank. */
function threeFacts(): Candidate[] {
  const out: Candidate[] = [];
  for (let s = 0; s < 3; s++) {
    out.push(cand("multiple_choice", `Which thing ${s}?`, `f${s}`, s, 0.7));
    out.push(cand("short_answer", `What thing ${s}?`, `f${s}`, s, 0.6));
    out.push(cand("fill_blank", `Fill in the blank: thing ${s} _____.`, `f${s}`, s, 0.5));
  }
  return out;
}

describe("select", () => {
  it("checks a candidate only when it could be chosen, and gives what checking every candidate first gives", () => {
    const asked: Candidate[] = [];
    const lazy = select(threeFacts(), 10, 3, 1, (c) => (asked.push(c), true));
    const eager = select(threeFacts(), 10, 3, 1);
    const view = (r: { set: Candidate[]; pool: Candidate[] }) => [r.set.map((c) => c.q.prompt), r.pool.map((c) => c.q.prompt)];
    expect(view(lazy)).toEqual(view(eager));
    // each fact is asked once in all, by its best candidate: the other six are never completed or checked
    expect(lazy.set.length + lazy.pool.length).toBe(3);
    expect(asked.length).toBe(3);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("passes over a candidate that fails its check for the next best of the same fact and type", () => {
    const cands = [cand("multiple_choice", "Which one first?", "f0", 0, 0.9), cand("multiple_choice", "Which one second?", "f0", 0, 0.8)];
    const failsFirst = (c: Candidate) => c.q.prompt !== "Which one first?";
    const { set, pool } = select(cands, 5, 1, 1, failsFirst);
    expect([...set, ...pool].map((c) => c.q.prompt)).toEqual(["Which one second?"]);
  });

  it("never returns a candidate that fails its check, even when nothing else asks its fact", () => {
    const cands = threeFacts();
    const { set, pool } = select(cands, 10, 3, 1, (c) => c.fact !== "f1");
    const chosen = [...set, ...pool];
    expect(chosen.map((c) => c.fact).sort()).toEqual(["f0", "f2"]);
  });
});
