/** Multiple choice and short typed answer: both are wh-questions about one fact of one clause. */
import type { Candidate, Ctx } from "../context";
import { distractorsFor, norm } from "../distractors";
import { NAME_KINDS, NUMERIC_KINDS, type Slot } from "../slots";
import { candidate, choicesLater, evidenceOf, explain, options } from "./common";
import { whQuestion } from "./wh";
import { withName } from "../model/refs";
import { pastOfIngForm } from "../compromise";
import { TITLES, isDemonym } from "../lexicon";
import { numberToWords } from "../numbers";
import { wordCount } from "../text";
import { valueOf } from "../distractors";

export function whCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    const asked = new Set<Slot>();
    for (const c of ctx.clauses[s.index]) {
      for (const slot of ctx.slots[s.index]) {
        // (which weekday something happened on is trivia, not a fact worth asking)
        if (slot.kind === "phrase" || slot.kind === "weekday") continue;
        const found = whQuestion(ctx, c, slot);
        if (!found) continue;
        const who = ctx.referents[s.index];
        const wh = who ? { ...found, prompt: withName(found.prompt, who) } : found;
        asked.add(slot);
        const evidence = evidenceOf(ctx, s.index);
        const fact = factKey(slot);
        const words = wordCount(wh.prompt);
        const base = 0.55 + 0.25 * ctx.centrality[s.index] - Math.max(0, words - 22) * 0.02;
        // multiple choice
        // "At least how many …?": every smaller option is true as well, so bounded numbers are only asked typed
        const bounded = boundedHedge(slot);
        if (!bounded) {
          const mc = candidate(
            "multiple_choice",
            { prompt: wh.prompt, choices: [], answer: wh.answer, evidence, explanation: explain(evidence), difficulty: wh.role === "subject" ? 1 : 2 },
            { fact, sentences: [s.index], score: base + (NUMERIC_KINDS.has(slot.kind) ? 0.1 : 0.05), kind: slot.kind, template: "wh-" + wh.role, features: { ["answer_" + slot.kind]: 1 } },
          );
          out.push(
            choicesLater(mc, () => {
              // a name's wrong options are other names of the article, of the same kind: one it never mentions is
              // told apart without reading (round 1: 36 % of the options offered such a name)
              // (places and countries keep the built-in lists' neighbours of the article's own: an article names few)
              const named = slot.kind === "person" || slot.kind === "org";
              const distractors = distractorsFor(ctx, slot, wh.answer, 3, wh.prompt, named);
              return distractors.length >= (named ? 3 : 2) ? options(ctx, wh.answer, distractors, wh.prompt) : null;
            }),
          );
        }
        // short typed answer: names and numbers a student can type
        if (NAME_KINDS.has(slot.kind) || NUMERIC_KINDS.has(slot.kind) || slot.kind === "date") {
          if (wordCount(wh.answer) <= 4) {
            out.push(
              candidate(
                "short_answer",
                {
                  prompt: wh.prompt,
                  answer: wh.answer,
                  accept: acceptFor(slot, wh.answer),
                  evidence,
                  explanation: explain(evidence),
                  difficulty: 3,
                },
                { fact, sentences: [s.index], score: base, kind: slot.kind, template: "wh-typed", features: { ["answer_" + slot.kind]: 1 } },
              ),
            );
          }
        }
      }
    }
    // "…, with President Vladimir Putin reiterating his stance during …" → "Who reiterated his stance during …?"
    for (const slot of ctx.slots[s.index]) {
      if (slot.kind !== "person" || asked.has(slot)) continue;
      const toks = s.toks;
      let w = slot.a - 1;
      while (w >= 0 && (TITLES.has(toks[w].lower) || isDemonym(toks[w].text))) w--;
      const ing = toks[slot.b];
      if (w < 0 || toks[w].lower !== "with" || !ing || ing.pos !== "VERB" || !/ing$/.test(ing.lower)) continue;
      const past = pastOfIngForm(ing.lower);
      let e = slot.b + 1;
      while (e < toks.length && !/^[,;:.!?—]$/.test(toks[e].text)) e++;
      if (!past || e - slot.b < 3 || e - slot.b > 16) continue;
      const prompt = `Who ${past} ${ctx.body.slice(toks[slot.b + 1].start, toks[e - 1].end)}?`;
      const evidence = evidenceOf(ctx, s.index);
      asked.add(slot);
      const score = 0.6 + 0.25 * ctx.centrality[s.index];
      const mc = candidate("multiple_choice", { prompt, choices: [], answer: slot.text, evidence, explanation: explain(evidence), difficulty: 2 }, { fact: factKey(slot), sentences: [s.index], score: score + 0.05, kind: slot.kind });
      out.push(
        choicesLater(mc, () => {
          const distractors = distractorsFor(ctx, slot, slot.text, 3, prompt);
          return distractors.length >= 2 ? options(ctx, slot.text, distractors, prompt) : null;
        }),
      );
      out.push(candidate("short_answer", { prompt, answer: slot.text, accept: acceptFor(slot, slot.text), evidence, explanation: explain(evidence), difficulty: 3 }, { fact: factKey(slot), sentences: [s.index], score, kind: slot.kind }));
    }
    // (a slot no wh-question could phrase is left alone: a blank in a copied sentence tests word matching)
  }
  return out;
}

export function factKey(slot: Slot): string {
  const k = slot.entity ? slot.entity.key : norm(slot.text);
  return `${slot.sentence}:${k}`;
}

/** Other forms a student may type: a person's surname or full name, a number in words or digits. */
export function acceptFor(slot: Slot, answer: string): string[] {
  const acc = new Set<string>();
  if (slot.entity) {
    acc.add(slot.entity.full);
    if (slot.entity.kind === "person") acc.add(slot.entity.short);
  }
  if (NUMERIC_KINDS.has(slot.kind)) {
    const v = valueOf(answer);
    if (v !== null) {
      const w = numberToWords(v);
      // (a percentage in words reads "nine percent", never "nine%")
      if (w) acc.add(answer.replace(/\b\d+\b|\b[a-z]+(-[a-z]+)?\b/, (m) => (m === String(v) ? w : m)).replace(/([a-z])\s?%/, "$1 percent"));
      if (slot.hedge) acc.add(`${slot.hedge} ${answer}`);
    }
    // the unit the question names ("At least how many years …?" → "10,000 years", "at least 10,000 years")
    if ((slot.kind === "count" || slot.kind === "duration" || slot.kind === "measure") && slot.unit && !answer.includes(slot.unit)) {
      acc.add(`${answer} ${slot.unit}`);
      if (slot.hedge) acc.add(`${slot.hedge} ${answer} ${slot.unit}`);
    }
  }
  acc.delete(answer);
  return [...acc];
}

/** A number with a bound ("at least 14", "more than 20", "under 5"): smaller (or larger) values are true too. */
export function boundedHedge(slot: Slot): boolean {
  return slot.hedge !== undefined && /^(at least|more than|over|just over|under|just under|less than|fewer than|up to|at most)$/i.test(slot.hedge);
}
