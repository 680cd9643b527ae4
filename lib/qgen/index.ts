/**
 * Lectio's question generator: pure, deterministic, no I/O.
 * normalise → sentences → facts → candidate questions → distractors → quality filter and rank → set.
 */
import { countWords } from "../content/normalize";
import { analyse, isHeading } from "./analyse";
import { findClauses } from "./clause";
import type { Candidate, Ctx } from "./context";
import { checkInput } from "./errors";
import { buildGazetteer } from "./names";
import { centrality, defaultCount, defaultFill, select } from "./rank";
import { withRun } from "./memo";
import { hashId } from "./rng";
import { RULES } from "./rules";
import { findSlots } from "./slots";
import { fillBlankCandidates } from "./templates/fill-blank";
import { mainIdeaCandidates, matchingCandidates, notSaidCandidates } from "./templates/multi";
import { trueFalseCandidates } from "./templates/true-false";
import { whCandidates } from "./templates/wh-types";
import type { GenerateOptions, GeneratedQuestion, QuestionSetOutput } from "./types";

export const GENERATOR = "lectio-qgen@0.2.10";

export type * from "./types";
export { QgenInputError, MAX_INPUT_CHARS, MIN_INPUT_WORDS } from "./errors";
export { matchesTypedAnswer } from "./grading";
export * from "./rules";

export function buildContext(title: string, body: string, seed: number): Ctx {
  const analysis = analyse(body);
  const sentences = analysis.sentences;
  // headings are read (their offsets count) but never asked about, nor taken for names
  const heading = sentences.map(isHeading);
  const gaz = buildGazetteer(sentences.filter((s) => !heading[s.index]));
  return {
    body,
    title,
    seed,
    analysis,
    sentences,
    gaz,
    slots: sentences.map((s) => (heading[s.index] ? [] : findSlots(s, gaz, body))),
    clauses: sentences.map((s) => (heading[s.index] ? [] : findClauses(s))),
    centrality: centrality(sentences, title),
    lowerBody: body.toLowerCase(),
  };
}

export function allCandidates(ctx: Ctx): Candidate[] {
  return [
    ...whCandidates(ctx),
    ...trueFalseCandidates(ctx),
    ...fillBlankCandidates(ctx),
    ...matchingCandidates(ctx),
    ...notSaidCandidates(ctx),
    ...mainIdeaCandidates(ctx),
  ];
}

/**
 * validateQuestion(q, body).length === 0 for a candidate, inside the generation's run: the same rules in the same
 * order, stopping at the first complaint (no rule reads the id, which a candidate does not have yet).
 */
function passes(q: Candidate["q"], body: string): boolean {
  for (let k = 0; k < RULE_LIST.length; k++) if (RULE_LIST[k](q as GeneratedQuestion, body)) return false;
  return true;
}

/**
 * The review pool holds at most this many questions per quiz question, the best first: a teacher curating a set
 * reads the pool, and a 30,000-word text would otherwise give thousands.
 */
export const POOL_PER_QUESTION = 4;

/** RULES in their order, as a list (looped over for every candidate). */
const RULE_LIST = Object.values(RULES);

function withId(c: Candidate): GeneratedQuestion {
  const id = `q_${hashId(GENERATOR, c.q.type, c.q.prompt, JSON.stringify(c.q.answer), String(c.q.evidence.start))}`;
  return { id, ...c.q };
}

export function generateQuestionSet(input: { title: string; body: string }, options: GenerateOptions = {}): QuestionSetOutput {
  const { title, body } = input;
  const words = countWords(body);
  checkInput(title, body, words);
  const seed = Number.isInteger(options.seed) ? (options.seed as number) : 1;
  const count = options.count !== undefined ? Math.max(1, Math.min(40, Math.floor(options.count))) : defaultCount(words);
  // One run per generation: what is memoised about this text is dropped when the set is made (memo.ts).
  return withRun(body, () => {
    const ctx = buildContext(title, body, seed);
    // a candidate is completed (its wrong options made) and checked against the rules only when selection
    // reaches it
    const { set, pool } = select(allCandidates(ctx), {
      count,
      fill: options.count !== undefined ? count : defaultFill(count),
      sentences: ctx.sentences.length,
      seed,
      isValid: (c) => (c.finish === undefined || c.finish()) && passes(c.q, body),
      poolMax: POOL_PER_QUESTION * count,
    });
    return {
      article: { title, body, words, sentences: ctx.sentences.length },
      generator: GENERATOR,
      questions: set.map(withId),
      pool: pool.map(withId),
    };
  });
}
