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
import { centrality, defaultCount } from "./rank";
import { select } from "./rank/select";
import { copiedFromArticle } from "./model/paraphrase";
import { withRun } from "./memo";
import { hashId } from "./rng";
import { RULES } from "./rules";
import { findSlots } from "./slots";
import { mainIdeaCandidates, matchingCandidates, notSaidCandidates, paragraphIdeaCandidates } from "./templates/multi";
import { claimCandidates, roleCandidates } from "./templates/people";
import { eventCandidates } from "./templates/events";
import { vocabularyCandidates } from "./templates/vocabulary";
import { findClaims } from "./model/claims";
import { findRoles, sexOfPeople } from "./model/people";
import { isJunk } from "./model/junk";
import { simplify } from "./model/simplify";
import { cutFromCompound, readableStem } from "./model/readable";
import { evidenceOf, explain } from "./templates/common";
import { acceptance, featuresOf } from "./rank/features";
import { soleReferents } from "./model/refs";
import { trueFalseCandidates } from "./templates/true-false";
import { whCandidates } from "./templates/wh-types";
import type { GenerateOptions, GeneratedQuestion, QuestionSetOutput } from "./types";

export const GENERATOR = "lectio-qgen@0.3.3";

export type * from "./types";
export { QgenInputError, MAX_INPUT_CHARS, MIN_INPUT_WORDS } from "./errors";
export { matchesTypedAnswer } from "./grading";
export * from "./rules";

export function buildContext(title: string, body: string, seed: number): Ctx {
  const analysis = analyse(body);
  const sentences = analysis.sentences;
  // headings are read (their offsets count) but never asked about, nor taken for names
  const heading = sentences.map((s) => isHeading(s) || isJunk(s));
  const gaz = buildGazetteer(sentences.filter((s) => !heading[s.index]));
  const read = sentences.filter((s) => !heading[s.index]);
  const roles = findRoles(sentences, gaz, body);
  const sexes = sexOfPeople(sentences, gaz, roles);
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
    roles,
    sexes,
    claims: findClaims(read, gaz, sexes, roles),
    referents: soleReferents(sentences, gaz, sexes),
    skip: heading,
  };
}

/**
 * Questions asked of the article's sentences simplified (model/simplify.ts): the simple sentences are read as an
 * article of their own, one per paragraph, asked by the same writers, and each question is given back the original
 * sentence as its evidence and its feedback.
 */
function simplifiedCandidates(ctx: Ctx): Candidate[] {
  const simple = ctx.sentences.filter((s) => !ctx.skip[s.index]).flatMap((s) => simplify(s, ctx.body));
  if (simple.length === 0) return [];
  const derived = buildContext(ctx.title, simple.map((x) => x.text).join("\n\n"), ctx.seed);
  // names as the whole article knows them (kind, short form), and pronouns as it resolved them
  for (const e of derived.gaz.entities) {
    const known = ctx.gaz.find(e.full);
    if (known) {
      e.kind = known.kind;
      e.short = known.short;
    }
  }
  const origin = derived.sentences.map((s) => simple[s.paragraph]?.sentence ?? 0);
  derived.referents = derived.sentences.map((s) => ctx.referents[origin[s.index]]);
  const out: Candidate[] = [];
  for (const c of [...whCandidates(derived), ...trueFalseCandidates(derived)]) {
    // a true statement is judged against the article itself, not against its simplified sentences
    if (c.q.type === "true_false" && c.q.answer === "True" && copiedFromArticle(c.q.prompt.replace(/^True or false:\s*/, ""), ctx.lowerBody)) continue;
    const orig = origin[c.sentences[0]];
    const evidence = evidenceOf(ctx, orig);
    const lead = c.q.explanation.split(" The article says: ")[0];
    c.q.evidence = evidence;
    c.q.explanation = c.q.explanation.startsWith("The article says") ? explain(evidence) : explain(evidence, lead);
    c.sentences = [orig];
    const local = c.fact.split(":")[0];
    c.fact = c.fact.replace(/^\d+:/, `${orig}:`);
    c.also = c.also?.map((f) => (f.startsWith(`${local}:`) ? f.replace(/^\d+:/, `${orig}:`) : f));
    c.template = `simple-${c.template ?? "other"}`;
    c.features = { ...(c.features ?? {}), simplified: 1 };
    out.push(c);
  }
  return out;
}

/** Questions a wh-word was moved into: only those whose stem reads as a question of its own (model/readable.ts). */
function readableWh(cands: Candidate[]): Candidate[] {
  return cands.filter((c) => {
    if (!/^(simple-)?wh-/.test(c.template ?? "")) return true;
    const answer = typeof c.q.answer === "string" ? c.q.answer : "";
    return readableStem(c.q.prompt) && !cutFromCompound(answer, c.q.evidence.text);
  });
}

export function allCandidates(ctx: Ctx): Candidate[] {
  return [
    ...readableWh(simplifiedCandidates(ctx)),
    ...readableWh(whCandidates(ctx)),
    ...claimCandidates(ctx),
    ...roleCandidates(ctx),
    ...eventCandidates(ctx),
    ...vocabularyCandidates(ctx),
    ...trueFalseCandidates(ctx),
    ...matchingCandidates(ctx),
    ...notSaidCandidates(ctx),
    ...mainIdeaCandidates(ctx),
    ...paragraphIdeaCandidates(ctx),
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

function withId(c: Candidate, rank?: { p: number; features: Record<string, number> }): GeneratedQuestion {
  const id = `q_${hashId(GENERATOR, c.q.type, c.q.prompt, JSON.stringify(c.q.answer), String(c.q.evidence.start))}`;
  return rank ? { id, ...c.q, rank: { p: Math.round(rank.p * 1e4) / 1e4, features: rank.features } } : { id, ...c.q };
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
    // the ranker: each candidate's score becomes the probability that a teacher would use it unedited
    const cands = allCandidates(ctx);
    const scored = new Map<Candidate, { p: number; features: Record<string, number> }>();
    for (const c of cands) {
      const features = featuresOf(c, ctx);
      const p = acceptance(features);
      scored.set(c, { p, features });
      c.score = p;
    }
    const { set, pool } = select(cands, {
      count,
      sentences: ctx.sentences.length,
      seed,
      isValid: (c) => (c.finish === undefined || c.finish()) && passes(c.q, body) && !(c.q.choices ?? []).some((x) => cutFromCompound(x, body)),
      poolMax: POOL_PER_QUESTION * count,
      sentenceOf: (offset) => {
        let lo = 0;
        let hi = ctx.sentences.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (ctx.sentences[mid].start <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo;
      },
    });
    return {
      article: { title, body, words, sentences: ctx.sentences.length },
      generator: GENERATOR,
      questions: set.map((c) => withId(c, options.explain ? scored.get(c) : undefined)),
      pool: pool.map((c) => withId(c, options.explain ? scored.get(c) : undefined)),
    };
  });
}
