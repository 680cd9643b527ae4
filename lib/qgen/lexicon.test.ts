import { describe, expect, it } from "vitest";
import { generateQuestionSet } from ".";
import { matchesTypedAnswer } from "./grading";
import { CURRENCY_SYMBOLS, NUMBER_WORDS } from "./lexicon";
import { phraseValue, tokenValue } from "./numbers";

// Words that name Object.prototype members must read as plain words, not as table entries.
const PROTO_WORDS = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"];

describe("word tables hold only their own words", () => {
  it("number, scale and currency look-ups know nothing of Object.prototype", () => {
    for (const w of PROTO_WORDS) {
      expect(w in NUMBER_WORDS).toBe(false);
      expect(CURRENCY_SYMBOLS[w]).toBeUndefined();
      expect(tokenValue(w)).toBeNull();
    }
    expect(phraseValue(["constructor", "thousand"])).toBeNull();
    expect(tokenValue("fourteen")).toBe(14);
    expect(CURRENCY_SYMBOLS["$"]).toBe("dollar");
  });

  it("typed answers with such words are graded as words", () => {
    expect(matchesTypedAnswer("the constructor", "constructor")).toBe(true);
    expect(matchesTypedAnswer("toString", "valueOf")).toBe(false);
    expect(matchesTypedAnswer("constructor", "14")).toBe(false);
  });

  it("a text that uses them generates without treating them as money or numbers", () => {
    const body = [
      "The constructor 5 crew finished the bridge at Easton in March 2021, three weeks ahead of the schedule agreed with the council.",
      "Engineer Maria Lopez said the valueOf 12 survey had shown that the old piers could carry the new deck without extra support.",
      "The bridge cost 4.2 million pounds, about half of it paid by the regional transport fund and the rest by the town itself.",
      "Around 9,000 vehicles cross it every day, and the council expects that number to rise to 11,000 once the bypass opens in 2024.",
      "Local shops had complained during the works, but traders told the Easton Gazette that business returned within a month of reopening.",
    ].join("\n\n");
    const out = generateQuestionSet({ title: "Easton bridge reopens early", body });
    const all = [...out.questions, ...out.pool];
    expect(all.length).toBeGreaterThan(0);
    for (const q of all) {
      // "constructor 5" is not a sum of money or a number, so it is never a short answer or an option (whole
      // statements, as in true/false or "not said" items, quote the sentence and may contain it).
      if (q.type === "multiple_choice" || q.type === "short_answer" || q.type === "fill_blank")
        for (const t of [...(Array.isArray(q.answer) ? q.answer : [q.answer]), ...(q.choices ?? [])]) expect(t).not.toMatch(/(constructor|valueOf) \d/);
      for (const t of [q.prompt, q.explanation]) expect(t).not.toMatch(/NaN|undefined|function/);
    }
  });
});
