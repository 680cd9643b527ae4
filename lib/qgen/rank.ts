/** Ranking and selection: sentence centrality, then a balanced set over types that covers the whole article. */
import type { Sentence } from "./analyse";
import type { Candidate } from "./context";
import { fnv1a } from "./rng";
import { normText } from "./rules";
import { GiveAways, MULTI, givesAway, shownSentences, type Care } from "./giveaways";

const STOP = new Set(["the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "is", "was", "were", "are", "be", "been", "has", "have", "had", "that", "this", "it", "as", "its", "their", "his", "her", "they", "he", "she", "which", "who", "but", "not", "no", "would", "could", "will", "after", "than", "more", "also", "any"]);

function stem(w: string): string {
  return w.length > 4 ? w.replace(/(ies|es|s|ed|ing)$/, "") : w;
}

/** 0..1 per sentence: how much it shares with the title and the rest of the article, plus a lead bonus. */
export function centrality(sentences: Sentence[], title: string): number[] {
  const bags = sentences.map((s) => new Set(s.toks.filter((t) => /^[a-z]/i.test(t.text) && !STOP.has(t.lower)).map((t) => stem(t.lower))));
  const df = new Map<string, number>();
  for (const b of bags) for (const w of b) df.set(w, (df.get(w) ?? 0) + 1);
  const titleWords = new Set(normText(title).split(" ").filter((w) => !STOP.has(w)).map(stem));
  const raw = bags.map((b, i) => {
    let shared = 0;
    let t = 0;
    for (const w of b) {
      shared += (df.get(w)! - 1) / Math.max(1, sentences.length - 1);
      if (titleWords.has(w)) t++;
    }
    return shared / Math.sqrt(Math.max(1, b.size)) + 0.5 * t + (i === 0 ? 0.6 : i === 1 ? 0.2 : 0);
  });
  const max = Math.max(...raw, 1e-9);
  return raw.map((r) => r / max);
}

/**
 * Default quiz length: one question per 20 words for short articles (a 400-word article gets 20), growing by one
 * per 40 words beyond 400 so longer articles stay near one per 25–30 words; at least 10, at most 40.
 */
export function defaultCount(words: number): number {
  return Math.max(10, Math.min(40, Math.round(Math.min(words / 20, 20 + (words - 400) / 40))));
}

/**
 * How far a quiz of the default size is filled with true/false items on sentences its several-sentence items
 * quote, when nothing cleaner is left: up to 20 questions, or four fifths of the size when that is more. A longer
 * article's quiz may come out a little shorter than its default size (still within one question per 25–40 words)
 * rather than hold such questions; a size asked for explicitly is always filled.
 */
export function defaultFill(count: number): number {
  return Math.min(count, Math.max(FLOOR, Math.round(0.8 * count)));
}

/** A quiz reaches this many questions (or its size, if smaller) with whatever is left, before any is left out. */
const FLOOR = 20;

// Multiple choice leads; fill-in-the-blank comes once per round, after short answers.
const ROTATION = ["multiple_choice", "true_false", "short_answer", "multiple_choice", "fill_blank", "multiple_choice", "true_false", "multiple_choice", "short_answer"];
/** For the same fact, the type a teacher would rather ask. */
const TYPE_PREFERENCE: Record<string, number> = { multiple_choice: 0.04, short_answer: 0.02, true_false: 0.01, fill_blank: 0 };

export interface SelectOptions {
  /** the set's size */
  count: number;
  /**
   * How far the set is filled, when nothing else is left, with true/false items on sentences its several-sentence
   * items quote (default: `count`); questions those items answer outright fill it only up to 20 questions.
   * Questions beyond that are left out instead.
   */
  fill?: number;
  /** the article's number of sentences */
  sentences: number;
  seed: number;
  /** whether a candidate may be used (completing it first); asked lazily, once per candidate */
  isValid?: (c: Candidate) => boolean;
  /** the most questions the pool takes (the best first); default: no limit */
  poolMax?: number;
  /** the sentence an offset of the body falls in (for what a question's evidence shows) */
  sentenceOf?: (offset: number) => number;
}

/**
 * The set and the review pool from the candidates. A candidate counts only when `isValid` says so, and that is
 * asked lazily, once per candidate, only of candidates that could still be chosen: most candidates ask a fact that
 * another question already covers, and are never completed or checked against the rules (index.ts).
 */
export function select(cands: Candidate[], options: SelectOptions): { set: Candidate[]; pool: Candidate[] } {
  const { count, sentences, seed } = options;
  const fill = Math.min(count, options.fill ?? count);
  const isValid = options.isValid ?? (() => true);
  const keyed = cands.map((c) => ({ c, k: c.score + (fnv1a(c.q.prompt, seed) % 1000) / 1e5 }));
  keyed.sort((a, b) => b.k - a.k || (a.c.q.prompt < b.c.q.prompt ? -1 : 1));
  const sorted = keyed.map((x) => x.c);
  // One candidate per fact and type: the best valid one, which stands for its group. A candidate is that one
  // when it is valid and no better one of its group is; walking `sorted` and skipping the others visits the
  // groups' best valid candidates in order, without checking a candidate that nothing reaches.
  const groupOf = new Map<Candidate, Candidate[]>();
  const groups = new Map<string, Candidate[]>();
  for (const c of sorted) {
    const key = `${c.q.type}|${c.fact}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = [];
      groups.set(key, g);
    }
    g.push(c);
    groupOf.set(c, g);
  }
  const checked = new Map<Candidate, boolean>();
  const valid = (c: Candidate) => {
    let v = checked.get(c);
    if (v === undefined) {
      v = isValid(c);
      checked.set(c, v);
    }
    return v;
  };
  const leads = (c: Candidate) => {
    for (const x of groupOf.get(c)!) {
      if (x === c) return valid(c);
      if (valid(x)) return false;
    }
    return false;
  };
  const set: Candidate[] = [];
  const inSet = new Set<Candidate>();
  const usedSentences = new Map<number, number>();
  const usedFacts = new Set<string>();
  // no question may give away another's answer (giveaways.ts)
  const giveaways = new GiveAways();
  // True/false items lean towards whichever answer the set has fewer of, and a set takes no more than three
  // "True" items beyond its "False" ones, so "True" is never the safe guess; other types fill the places.
  const tf = { True: 0, False: 0 };
  const balance = (c: Candidate) => {
    if (c.q.type !== "true_false") return 0;
    const isFalse = c.q.answer === "False";
    if (!isFalse && tf.True >= tf.False + 3) return -Infinity;
    const mine = isFalse ? tf.False : tf.True;
    const other = isFalse ? tf.True : tf.False;
    return mine < other ? 0.2 : 0;
  };
  // what each question shows (its sentences), for the strict check that no question gives away another's answer
  const sentenceOf = options.sentenceOf ?? (() => 0);
  const shows = new Map<Candidate, Set<number>>();
  const showsOf = (c: Candidate) => {
    let v = shows.get(c);
    if (v === undefined) {
      v = new Set(shownSentences(c, sentenceOf));
      shows.set(c, v);
    }
    return v;
  };
  const clashes = (c: Candidate) => {
    const mine = showsOf(c);
    for (const d of set) {
      let shared = false;
      for (const x of showsOf(d)) if (mine.has(x)) shared = true;
      if (shared && (givesAway(c, d, true) || givesAway(d, c, true))) return true;
    }
    return false;
  };
  const take = (c: Candidate) => {
    set.push(c);
    inSet.add(c);
    if (c.q.type === "true_false") tf[c.q.answer === "False" ? "False" : "True"]++;
    giveaways.add(c);
    usedFacts.add(c.fact);
    for (const f of c.also ?? []) usedFacts.add(f);
    const said = answerKey(c);
    if (said !== null) usedAnswers.add(said);
    if (!MULTI.has(c.q.type))
      for (const s of c.sentences) usedSentences.set(s, (usedSentences.get(s) ?? 0) + 1);
  };
  // (the cheap checks first; whether it leads its group may mean completing it and checking it against the rules)
  // (strictly, no answer twice in a quiz: two questions answered "Coimbra" or "Ukraine" read as one asked twice)
  const usedAnswers = new Set<string>();
  // what a question answers, as a key ("the" dropped), once per candidate; null for types whose answer is no fact
  const answerKeys = new Map<Candidate, string | null>();
  const answerKey = (c: Candidate) => {
    let k = answerKeys.get(c);
    if (k === undefined) {
      k = c.q.type === "multiple_choice" || c.q.type === "short_answer" || c.q.type === "fill_blank" ? normText(String(c.q.answer)).replace(/^(the|a|an) /, "") : null;
      answerKeys.set(c, k);
    }
    return k;
  };
  const free = (c: Candidate, reuse: number, care: Care) => {
    if (inSet.has(c) || usedFacts.has(c.fact)) return false;
    if (care === "all") {
      const said = answerKey(c);
      if (said !== null && usedAnswers.has(said)) return false;
    }
    if (c.also !== undefined) for (const f of c.also) if (usedFacts.has(f)) return false;
    for (const s of c.sentences) if ((usedSentences.get(s) ?? 0) > reuse) return false;
    return !giveaways.quoted(c, care) && !giveaways.leaks(c, "early") && leads(c) && !giveaways.leaks(c, "complete") && !clashes(c);
  };
  // Several-sentence items first, one of each type; a short article takes one per eight sentences, so that what
  // they quote leaves sentences free for the other questions.
  let multis = sentences >= 10 ? 3 : Math.max(1, Math.floor(sentences / 8));
  // A NOT-said item changes a sentence; when an item already taken quotes that sentence (a matching pair, a
  // main-idea option), it shows the true version and gives the NOT-said answer away: another is taken if one leads.
  const quotedByMultis = new Set<number>();
  const givenAway = (c: Candidate) => c.q.type === "not_said" && quotedByMultis.has(c.sentences[0]);
  for (const t of ["main_idea", "matching", "not_said"]) {
    if (set.length >= count || multis <= 0) break;
    const c = sorted.find((x) => x.q.type === t && !givenAway(x) && leads(x) && !clashes(x)) ?? sorted.find((x) => x.q.type === t && leads(x) && !clashes(x));
    if (c) {
      take(c);
      for (const x of c.sentences) quotedByMultis.add(x);
      multis--;
    }
  }
  // Round-robin over types; within a type prefer the least-covered part of the article.
  const third = (s: number) => Math.min(2, Math.floor((3 * s) / Math.max(1, sentences)));
  // each type's candidates, with the part of their value that never changes: score and type preference
  const byType = new Map<string, Array<{ c: Candidate; base: number; third: number }>>();
  for (const c of sorted) {
    const list = byType.get(c.q.type) ?? [];
    list.push({ c, base: c.score + (TYPE_PREFERENCE[c.q.type] ?? 0), third: third(c.sentences[0]) });
    byType.set(c.q.type, list);
  }
  // Passes: each sentence once, then twice, then three times, all clear of what the several-sentence items quote;
  // a set still short then takes true/false items on quoted sentences, and last of all questions those items answer.
  const PASSES: Array<{ reuse: number; care: Care }> = [
    { reuse: 0, care: "all" },
    { reuse: 1, care: "all" },
    { reuse: 2, care: "all" },
    { reuse: 1, care: "answers" },
    { reuse: 1, care: "none" },
  ];
  for (const { reuse, care } of PASSES) {
    const size = care === "all" ? count : care === "answers" ? fill : Math.min(fill, FLOOR);
    if (set.length >= size) break;
    let stuck = 0;
    // Types with nothing free left in this pass: taking questions only ever makes others less free, so they stay
    // so (not true/false, whose balance can let a "True" item back in once a "False" one is taken).
    const spent = new Set<string>();
    for (let r = 0; set.length < size && stuck < ROTATION.length; r++) {
      const type = ROTATION[r % ROTATION.length];
      // true/false items make at most three in ten of a set until nothing else is left to take
      if (spent.has(type) || (type === "true_false" && care !== "none" && tf.True + tf.False >= Math.ceil(0.3 * count))) {
        stuck++;
        continue;
      }
      const cover = [0, 0, 0];
      for (const c of set) cover[third(c.sentences[0])]++;
      let best: Candidate | null = null;
      let bestScore = -Infinity;
      const list = byType.get(type) ?? [];
      // (a fact already asked rules a candidate out for good: the list drops it, keeping the others' order)
      let kept = 0;
      for (let k = 0; k < list.length; k++) {
        const entry = list[k];
        const c = entry.c;
        if (usedFacts.has(c.fact)) continue;
        list[kept++] = entry;
        const v = entry.base - 0.08 * cover[entry.third] + balance(c);
        // only a better one can become the best: ask whether it is free only then
        if (v > bestScore && free(c, reuse, care)) {
          best = c;
          bestScore = v;
        }
      }
      list.length = kept;
      if (best === null) {
        if (type !== "true_false") spent.add(type);
        stuck++;
        continue;
      }
      stuck = 0;
      take(best);
    }
  }
  // the pool: one question per fact not in the set, the first group leader met for it, up to poolMax of them
  const setFacts = new Set(set.map((c) => c.fact));
  const poolFacts = new Set<string>();
  const poolUnique: Candidate[] = [];
  const poolMax = options.poolMax ?? Infinity;
  for (const c of sorted) {
    if (poolUnique.length >= poolMax) break;
    if (setFacts.has(c.fact) || poolFacts.has(c.fact) || !leads(c)) continue;
    poolFacts.add(c.fact);
    poolUnique.push(c);
  }
  const order = (a: Candidate, b: Candidate) => (a.q.type === "main_idea" ? 1 : 0) - (b.q.type === "main_idea" ? 1 : 0) || a.q.evidence.start - b.q.evidence.start || (a.q.prompt < b.q.prompt ? -1 : 1);
  return { set: set.sort(order), pool: poolUnique.sort(order) };
}
