/** Helpers shared by the question templates: evidence spans, explanations, option order. */

import type { Ctx, Candidate } from "../context";
import type { Evidence, GeneratedQuestion, QuestionType } from "../types";
import { NUMBER_WORDS } from "../lexicon";
import { memoised } from "../memo";
import { shuffled } from "../rng";

export function evidenceOf(ctx: Ctx, first: number, last = first): Evidence {
  const start = ctx.sentences[first].start;
  const end = ctx.sentences[last].end;
  // one sentence: its text is already that slice of the body (one string for all its questions)
  return { text: first === last ? ctx.sentences[first].text : ctx.body.slice(start, end), start, end };
}

export function quoteOf(evidence: Evidence): string {
  return memoised(quoteText, evidence.text);
}

function quoteText(text: string): string {
  const t = text.replace(/\n\n/g, " ");
  return t.length > 320 ? t.slice(0, 317).replace(/\s+\S*$/, "") + " …" : t;
}

/**
 * A detail as it reads inside a sentence: a number word or hedge that started its own sentence loses its capital
 * ("Two" → "two", "About 40 minutes" → "about 40 minutes"); a name keeps it.
 */
export function inSentence(detail: string): string {
  const first = /^[A-Z][a-z]+/.exec(detail)?.[0];
  if (first === undefined || !(NUMBER_WORDS[first.toLowerCase()] !== undefined || SENTENCE_HEDGES.has(first))) return detail;
  return detail.charAt(0).toLowerCase() + detail.slice(1);
}

const SENTENCE_HEDGES = new Set(["About", "Around", "Nearly", "Almost", "Roughly", "Some", "More", "Less", "Fewer", "Over", "Under", "Just", "Up", "At"]);

export function explain(evidence: Evidence, lead?: string): string {
  // most questions on a sentence have the same plain explanation: made once per run
  if (!lead) return memoised(plainExplanation, evidence.text);
  return `${lead} The article says: “${quoteOf(evidence)}”`;
}

function plainExplanation(text: string): string {
  return `The article says: “${memoised(quoteText, text)}”`;
}

export function options(ctx: Ctx, answer: string, distractors: string[], salt: string): string[] {
  return shuffled([answer, ...distractors], ctx.seed, salt);
}

export function candidate(
  type: QuestionType,
  fields: Omit<GeneratedQuestion, "id" | "type">,
  meta: { fact: string; sentences: number[]; score: number; kind: string; also?: string[]; template?: string; features?: Record<string, number> },
): Candidate {
  return { q: { type, ...fields }, ...meta };
}

/**
 * A multiple-choice candidate whose options are made only when selection reaches it (Candidate.finish): `make`
 * gives the options, or null when too few wrong ones exist. Until then `choices` holds an empty list in its place.
 */
export function choicesLater(c: Candidate, make: () => string[] | null): Candidate {
  c.finish = () => {
    const choices = make();
    if (choices === null) return false;
    c.q.choices = choices;
    return true;
  };
  return c;
}

export function capFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A clause or sentence as a stand-alone statement ending in a full stop. */
export function asStatement(text: string): string {
  const t = capFirst(text.trim().replace(/[,;:]$/, ""));
  return /[.!?]$/.test(t) ? t : t + ".";
}
