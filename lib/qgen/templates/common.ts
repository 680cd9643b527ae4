/** Helpers shared by the question templates: evidence spans, explanations, option order. */
import type { Ctx, Candidate } from "../context";
import type { Evidence, GeneratedQuestion, QuestionType } from "../types";
import { shuffled } from "../rng";

export function evidenceOf(ctx: Ctx, first: number, last = first): Evidence {
  const start = ctx.sentences[first].start;
  const end = ctx.sentences[last].end;
  return { text: ctx.body.slice(start, end), start, end };
}

export function quoteOf(evidence: Evidence): string {
  const t = evidence.text.replace(/\n\n/g, " ");
  return t.length > 320 ? t.slice(0, 317).replace(/\s+\S*$/, "") + " …" : t;
}

export function explain(evidence: Evidence, lead?: string): string {
  return `${lead ? lead + " " : ""}The article says: “${quoteOf(evidence)}”`;
}

export function options(ctx: Ctx, answer: string, distractors: string[], salt: string): string[] {
  return shuffled([answer, ...distractors], ctx.seed, salt);
}

export function candidate(
  type: QuestionType,
  fields: Omit<GeneratedQuestion, "id" | "type">,
  meta: { fact: string; sentences: number[]; score: number; kind: string },
): Candidate {
  return { q: { type, ...fields }, ...meta };
}

export function capFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A clause or sentence as a stand-alone statement ending in a full stop. */
export function asStatement(text: string): string {
  const t = capFirst(text.trim().replace(/[,;:]$/, ""));
  return /[.!?]$/.test(t) ? t : t + ".";
}
