/**
 * The quiz and the review pool from ranked candidates. Greedy: the most probable question first (its score is the
 * ranker's probability of acceptance), then the next that fits, where fitting means
 * - its fact, and the detail a false statement changes, are not asked yet, nor its answer given by another;
 * - it gives away no question already taken, and none gives it away (giveaways.ts: stem, options, pairs, feedback
 *   and evidence);
 * - its type and writer stay within their share of the quiz (TYPE_SHARE, TEMPLATE_MAX; the types' shares yield when
 *   nothing else is left), and a type not in the quiz yet comes first among near equals, so that a quiz holds
 *   several kinds of question;
 * - single-sentence questions come first, leaving MULTI_RESERVE places for items over several sentences;
 * - the part of the article it asks about is the least asked among near equals;
 * - true/false items keep "False" from being the safe guess (no more than three beyond the "True" ones).
 * A candidate is completed and checked against the rules (`isValid`) only when it is about to be taken.
 */
import type { Candidate } from "../context";
import { fnv1a } from "../rng";
import { normText } from "../rules";
import { givesAway, shownSentences } from "../giveaways";

export interface SelectOptions {
  count: number;
  /** the article's number of sentences */
  sentences: number;
  seed: number;
  isValid?: (c: Candidate) => boolean;
  poolMax?: number;
  /** the sentence an offset of the body falls in */
  sentenceOf?: (offset: number) => number;
}

/** The most of a quiz one type may take (a share of its size), and one writer. */
const TYPE_SHARE: Record<string, number> = { multiple_choice: 0.5, true_false: 0.3, short_answer: 0.25, matching: 0.1, not_said: 0.1, main_idea: 0.12 };
// (round 1: vocabulary in context 35 of 44 acceptable; number matching 1 of 11, so it stays in the pool for teachers)
const TEMPLATE_MAX: Record<string, number> = { vocabulary: 4, "sequence-first": 1, "main-paragraph": 1, "main-article": 1, "event-when": 3, "match-numbers": 0 };

/** A new type is worth this much probability; each question already on that third of the article costs this. */
const NEW_TYPE = 0.12;
const COVERED = 0.03;
/**
 * A question reviewers accept less often than this (its writer's record, rank/features.ts) enters a quiz only while
 * the quiz has fewer than QUIZ_FLOOR questions, or it is of a type the quiz has none of: a short text still gets a
 * quiz, a long one only its better items.
 */
export const QUIZ_MIN_RATE = 0.22;
export const QUIZ_FLOOR = 5;
/** Places of the quiz kept for several-sentence items after the single-sentence questions are taken. */
const MULTI_RESERVE = 3;

const FACT_TYPES = new Set(["multiple_choice", "short_answer", "fill_blank"]);

export function select(cands: Candidate[], options: SelectOptions): { set: Candidate[]; pool: Candidate[] } {
  const { count, sentences, seed } = options;
  const isValid = options.isValid ?? (() => true);
  const sentenceOf = options.sentenceOf ?? (() => 0);
  // best first; ties broken by a hash of the prompt (the seed varies among equals)
  const sorted = cands
    .map((c) => ({ c, k: c.score + (fnv1a(c.q.prompt, seed) % 1000) / 1e6 }))
    .sort((a, b) => b.k - a.k || (a.c.q.prompt < b.c.q.prompt ? -1 : 1))
    .map((x) => x.c);
  const checked = new Map<Candidate, boolean>();
  const valid = (c: Candidate) => {
    let v = checked.get(c);
    if (v === undefined) {
      v = isValid(c);
      checked.set(c, v);
    }
    return v;
  };
  const shows = new Map<Candidate, Set<number>>();
  const showsOf = (c: Candidate) => {
    let v = shows.get(c);
    if (v === undefined) {
      v = new Set(shownSentences(c, sentenceOf));
      shows.set(c, v);
    }
    return v;
  };
  const third = (c: Candidate) => Math.min(2, Math.floor((3 * (c.sentences[0] ?? 0)) / Math.max(1, sentences)));
  const answerOf = (c: Candidate) => (FACT_TYPES.has(c.q.type) ? normText(String(c.q.answer)).replace(/^(the|a|an) /, "") : null);

  const set: Candidate[] = [];
  const facts = new Set<string>();
  const answers = new Set<string>();
  const byType = new Map<string, number>();
  const byTemplate = new Map<string, number>();
  const cover = [0, 0, 0];
  const tf = { True: 0, False: 0 };
  const quota = (type: string) => Math.max(1, Math.round((TYPE_SHARE[type] ?? 0.2) * count));

  const fits = (c: Candidate): boolean => {
    // (a weak question of a type the quiz lacks still enters: a quiz of one kind of question tests one skill)
    if (c.score < QUIZ_MIN_RATE && set.length >= Math.min(count, QUIZ_FLOOR) && (byType.get(c.q.type) ?? 0) > 0) return false;
    if (facts.has(c.fact) || (c.also ?? []).some((f) => facts.has(f))) return false;
    if (!relaxed && (byType.get(c.q.type) ?? 0) >= quota(c.q.type)) return false;
    const t = c.template ?? "";
    if (TEMPLATE_MAX[t] !== undefined && (byTemplate.get(t) ?? 0) >= TEMPLATE_MAX[t]) return false;
    if (c.q.type === "true_false" && c.q.answer === "False" && tf.False >= tf.True + 3) return false;
    const a = answerOf(c);
    if (a !== null && answers.has(a)) return false;
    return true;
  };
  const clashes = (c: Candidate): boolean => {
    const mine = showsOf(c);
    for (const d of set) {
      let shared = false;
      for (const x of showsOf(d))
        if (mine.has(x)) {
          shared = true;
          break;
        }
      if (shared && (givesAway(c, d, true) || givesAway(d, c, true))) return true;
    }
    return false;
  };
  // (a weak question gets no new type's bonus: it may fill a missing type, not jump ahead of a better question)
  const value = (c: Candidate) => c.score + ((byType.get(c.q.type) ?? 0) === 0 && c.score >= QUIZ_MIN_RATE ? NEW_TYPE : 0) - COVERED * cover[third(c)];
  const take = (c: Candidate) => {
    set.push(c);
    facts.add(c.fact);
    for (const f of c.also ?? []) facts.add(f);
    const a = answerOf(c);
    if (a !== null) answers.add(a);
    byType.set(c.q.type, (byType.get(c.q.type) ?? 0) + 1);
    if (c.template) byTemplate.set(c.template, (byTemplate.get(c.template) ?? 0) + 1);
    cover[third(c)]++;
    if (c.q.type === "true_false") tf[c.q.answer === "False" ? "False" : "True"]++;
  };

  // items that show several sentences (matching, main idea, NOT-said) give away more than one question's answer:
  // single-sentence questions are taken first, up to all but MULTI_RESERVE places, then any kind fills the set
  const multi = (c: Candidate) => showsOf(c).size > 1;
  const dropped = new Set<Candidate>();
  let singlesOnly = true;
  let relaxed = false;
  while (set.length < count) {
    if (singlesOnly && set.length >= count - MULTI_RESERVE) singlesOnly = false;
    // the best fitting candidate by value; candidates that can no longer fit are dropped for good
    let best: Candidate | null = null;
    let bestValue = -Infinity;
    for (const c of sorted) {
      if (dropped.has(c)) continue;
      // (value never exceeds score + NEW_TYPE: the rest of the list cannot beat the best found)
      if (c.score + NEW_TYPE <= bestValue) break;
      if (!fits(c) || (singlesOnly && multi(c))) continue;
      const v = value(c);
      if (v > bestValue) {
        best = c;
        bestValue = v;
      }
    }
    if (best === null) {
      if (singlesOnly) {
        singlesOnly = false;
        continue;
      }
      // the types' shares spread a quiz over kinds of question; when nothing else is left they yield
      if (!relaxed) {
        relaxed = true;
        continue;
      }
      break;
    }
    // checked only now: the costly completion and the rules, then whether it gives anything away
    if (!valid(best) || clashes(best)) {
      dropped.add(best);
      continue;
    }
    take(best);
  }

  // the pool: the best valid candidate of each fact not asked in the quiz, up to poolMax
  const inSet = new Set(set);
  const poolFacts = new Set<string>();
  const pool: Candidate[] = [];
  const poolMax = options.poolMax ?? Infinity;
  for (const c of sorted) {
    if (pool.length >= poolMax) break;
    if (inSet.has(c) || facts.has(c.fact) || poolFacts.has(c.fact) || !valid(c)) continue;
    poolFacts.add(c.fact);
    pool.push(c);
  }
  const order = (a: Candidate, b: Candidate) => (a.q.type === "main_idea" ? 1 : 0) - (b.q.type === "main_idea" ? 1 : 0) || a.q.evidence.start - b.q.evidence.start || (a.q.prompt < b.q.prompt ? -1 : 1);
  return { set: set.sort(order), pool };
}
