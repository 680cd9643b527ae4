/** Fill in the blank: a sentence with one key word or phrase (a name, a number, a key noun phrase) left out. */
import type { Candidate, Ctx } from "../context";
import { PRONOUNS } from "../lexicon";
import { NUMERIC_KINDS } from "../slots";
import { BLANK, blankSentence, candidate, evidenceOf, explain, inNumberList, partOfLongerName } from "./common";
import { unresolvedPronoun } from "./statements";
import { acceptFor, factKey } from "./wh-types";

export { BLANK };

export function fillBlankCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    const words = s.words;
    if (words > 45 || words < 6) continue;
    if (/["“”]/.test(s.text)) continue;
    const first = s.toks[0];
    if (PRONOUNS.has(first.lower)) continue;
    // "Not all of them live in …", "… to send them straight to the comet": a plural or demonstrative pronoun that
    // points outside the sentence leaves the reader asking what. (A biography's "she" is left: the article is
    // about her, and its sentences would all go.)
    if (unresolvedPronoun(s.toks, s.start, s.end, false)) continue;
    // one key noun phrase per sentence at most: the longest, rarest-looking one
    // a phrase blank must sit where a noun phrase is expected (after "a", "the", a verb or a preposition),
    // must not run into a verb or a possessive, and must be more than one common word
    const phrases = ctx.slots[s.index]
      .filter((x) => {
        if (x.kind !== "phrase" || !(x.b - x.a >= 2 || x.text.length >= 10)) return false;
        const prev = s.toks[x.a - 1];
        const next = s.toks[x.b];
        if (!prev || !/^(DET|ADP|VERB)$/.test(prev.pos) || /^(his|her|their|its|our|my|your)$/.test(prev.lower)) return false;
        if (next && (/^[’']s$/.test(next.text) || next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADP" && /s$/.test(x.text) && next.lower === "through")) return false;
        return true;
      })
      .sort((x, y) => y.text.length - x.text.length || x.start - y.start)
      .slice(0, 1);
    for (const slot of ctx.slots[s.index]) {
      if (slot.possessive) continue;
      if (slot.kind === "phrase" && !phrases.includes(slot)) continue;
      // a name used as a modifier ("White House session") makes a poor blank
      if (slot.entity && s.toks[slot.b]?.pos === "NOUN" && /^[a-z]/.test(s.toks[slot.b].text)) continue;
      if (partOfLongerName(s.toks, slot)) continue;
      if (NUMERIC_KINDS.has(slot.kind) && inNumberList(ctx, slot)) continue;
      // the blank covers the hedge too only when the hedge is outside: keep "about ___ minutes" readable
      const a = slot.start;
      const b = slot.end;
      const sentence = blankSentence(ctx, s.index, { a: slot.a, b: slot.b, start: a, end: b }, BLANK);
      if (!sentence) continue;
      // the answer must not appear elsewhere in the sentence
      if (sentence.toLowerCase().includes(slot.text.toLowerCase())) continue;
      const answer = slot.text;
      if (PRONOUNS.has(answer.toLowerCase())) continue;
      const evidence = evidenceOf(ctx, s.index);
      const kindBonus = slot.kind === "phrase" ? -0.06 : NUMERIC_KINDS.has(slot.kind) ? 0.08 : 0.06;
      out.push(
        candidate(
          "fill_blank",
          {
            prompt: `Fill in the blank: ${sentence}`,
            answer,
            accept: acceptFor(slot, answer),
            evidence,
            explanation: explain(evidence),
            difficulty: slot.kind === "phrase" ? 3 : 2,
          },
          { fact: factKey(slot), sentences: [s.index], score: 0.45 + 0.2 * ctx.centrality[s.index] + kindBonus - (words > 26 ? 0.05 : 0), kind: slot.kind },
        ),
      );
    }
  }
  return out;
}
