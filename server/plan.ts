import "server-only";
import { z } from "zod";
import { makeRng, shuffleWith } from "@/lib/qgen/rng";

/**
 * An attempt's plan (Attempt.plan): the order its questions are asked in and, per question, the order its
 * options are shown in (`order[k]` = index into the question's stored choices shown at position k).
 * Made once, from a random seed, when the attempt starts; stored so reloads and resumes show the same thing.
 */
export interface PlanEntry {
  questionId: string;
  order: number[];
}
export type Plan = PlanEntry[];

const PlanSchema = z.array(z.object({ questionId: z.string().min(1), order: z.array(z.number().int().min(0)) }));

export interface PlanQuestion {
  id: string;
  type: string;
  /** How many stored choices the question has (0 for typed answers). */
  choiceCount: number;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** True/false keeps "True, False": swapping them only slows students down. */
const FIXED_ORDER = new Set(["true_false"]);

/**
 * A plan for these questions from `seed`: the same seed gives the same plan. `avoidOrder` (a previous
 * attempt's question order) is never repeated when the questions allow another order.
 */
export function buildPlan(questions: readonly PlanQuestion[], seed: number, avoidOrder?: readonly string[]): Plan {
  const random = makeRng(seed);
  let ordered = shuffleWith(questions, random);
  const same = (list: readonly PlanQuestion[]) => avoidOrder?.length === list.length && list.every((q, i) => q.id === avoidOrder[i]);
  for (let tries = 0; tries < 8 && questions.length > 1 && same(ordered); tries++) ordered = shuffleWith(questions, random);
  if (questions.length > 1 && same(ordered)) ordered = [...ordered.slice(1), ordered[0]];
  return ordered.map((q) => ({
    questionId: q.id,
    order: FIXED_ORDER.has(q.type) ? range(q.choiceCount) : shuffleWith(range(q.choiceCount), random),
  }));
}

/** A random 32-bit seed for a new attempt. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/** Attempt.plan parsed; a corrupt plan throws (it is written only by this module). */
export function parsePlan(json: string): Plan {
  return PlanSchema.parse(JSON.parse(json));
}

/** The stored choices in the order this plan shows them. */
export function orderedChoices(choices: readonly string[], order: readonly number[]): string[] {
  if (order.length !== choices.length) return [...choices];
  return order.map((i) => choices[i]);
}
