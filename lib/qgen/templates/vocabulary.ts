/**
 * Vocabulary in context: "What does “commended” mean in this sentence?" for a less common verb, adjective or
 * adverb whose meaning WordNet leaves in no doubt (data/vocab.json, scripts/build-vocab.ts). The right option is its
 * definition; the wrong ones are definitions of other words of the same part of speech, the article's own first.
 */
import type { Tok } from "../analyse";
import type { Candidate, Ctx } from "../context";
import { verbForms } from "../compromise";
import { fnv1a, shuffled } from "../rng";
import { wordCount } from "../text";
import { candidate, evidenceOf } from "./common";
import VOCAB from "../data/vocab.json";

type Pos = "v" | "a" | "r" | "n";
/** part of speech, times tagged in WordNet's corpus, definition, synonyms, WordNet's kind of sense (lexfile) */
type Entry = [Pos, number, string, string[], number];
const TABLE = VOCAB as unknown as Record<string, Entry[]>;

/** Words tagged more often than this in WordNet's corpus are common enough that asking them tests nothing. */
const COMMON = 10;
/** Words this long may have been tagged up to twice as often. */
const LONG_WORD = 10;

const POS_OF: Record<string, Pos> = { VERB: "v", ADJ: "a", ADV: "r", NOUN: "n" };

/** Questions of this writer one article gives at most (the quiz takes fewer: rank/select.ts). */
const PER_ARTICLE = 6;

function lemmaOf(t: Tok, pos: Pos): string {
  if (pos !== "v") return t.lower;
  return verbForms(t.lower)?.infinitive ?? t.lower;
}

function entryFor(word: string, pos: Pos): Entry | undefined {
  // (own keys only: "constructor" is a word of the article, not the table's prototype)
  return Object.hasOwn(TABLE, word) ? TABLE[word].find((e) => e[0] === pos) : undefined;
}

const contentWords = (g: string) => new Set(g.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3));

/** Definitions of other words of the same part of speech, from the whole table, in an order fixed by the word. */
const byPos = new Map<Pos, string[]>();
function tableWords(pos: Pos): string[] {
  let list = byPos.get(pos);
  if (list === undefined) {
    list = Object.keys(TABLE).filter((w) => TABLE[w].some((e) => e[0] === pos && e[1] <= COMMON * 4 && e[1] > 0));
    byPos.set(pos, list);
  }
  return list;
}

export function vocabularyCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const title = ctx.title.toLowerCase();
  const counts = new Map<string, number>();
  for (const s of ctx.sentences) for (const t of s.toks) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
  // the article's own askable words, by part of speech
  const found: Array<{ t: Tok; sentence: number; lemma: string; pos: Pos; e: Entry }> = [];
  for (const s of ctx.sentences) {
    // the sentence is quoted in the stem: a whole sentence as written, short enough to read in it (not a piece
    // the splitter cut off, "du Motel had confided …", nor one that holds a quotation)
    if (ctx.skip[s.index] || s.words > 32 || !quotable(s.text)) continue;
    for (const t of s.toks) {
      const pos = POS_OF[t.pos];
      if (pos === undefined || !/^[a-z]{6,}$/.test(t.text) || title.includes(t.lower) || (counts.get(t.lower) ?? 0) > 2) continue;
      // (a participle read as an adjective has the verb's meaning, not the adjective's: "included" is no
      // "enclosed in the same envelope")
      if (pos === "a" && /(ed|ing)$/.test(t.lower)) continue;
      if (pos === "r" && t.lower.length < 8) continue;
      // a noun as written in the table: singular, not a verb's "-ing" form, and long enough to be less common
      if (pos === "n" && (t.lower.length < 8 || /(s|ing)$/.test(t.lower) || /^[A-Z]/.test(t.text))) continue;
      const lemma = lemmaOf(t, pos);
      const e = entryFor(lemma, pos);
      // (a long word is less common than its tag count says: "conventional", "respectively")
      if (e === undefined || e[1] > (lemma.length >= LONG_WORD ? 2 * COMMON : COMMON)) continue;
      found.push({ t, sentence: s.index, lemma, pos, e });
    }
  }
  const seen = new Set<string>();
  // the rarest words first; a quiz asks a few, not every hard word
  const asked = [...found].sort((x, y) => x.e[1] - y.e[1] || y.lemma.length - x.lemma.length || x.sentence - y.sentence);
  for (const f of asked) {
    if (out.length >= PER_ARTICLE) break;
    if (seen.has(f.lemma)) continue;
    seen.add(f.lemma);
    const gloss = f.e[2];
    const mine = contentWords(gloss);
    const syn = new Set([f.lemma, ...f.e[3]]);
    const fits = (w: string, g: string) => !syn.has(w) && g !== gloss && ![...contentWords(g)].some((x) => mine.has(x)) && Math.abs(wordCount(g) - wordCount(gloss)) <= 4;
    const wrong: string[] = [];
    // the article's other words first
    // (a noun's wrong meanings are of its own kind: feelings for a feeling, acts for an act)
    const sameKind = (e: Entry) => f.pos !== "n" || e[4] === f.e[4];
    for (const o of found) if (o.pos === f.pos && sameKind(o.e) && o.lemma !== f.lemma && !wrong.includes(o.e[2]) && fits(o.lemma, o.e[2]) && wrong.length < 3) wrong.push(o.e[2]);
    if (wrong.length < 3) {
      const pool = tableWords(f.pos);
      let k = fnv1a(f.lemma, ctx.seed) % pool.length;
      for (let tries = 0; tries < 200 && wrong.length < 3; tries++, k = (k + 7919) % pool.length) {
        const w = pool[k];
        const e = entryFor(w, f.pos);
        if (e && sameKind(e) && !wrong.includes(e[2]) && fits(w, e[2])) wrong.push(e[2]);
      }
    }
    if (wrong.length < 3) continue;
    const s = ctx.sentences[f.sentence];
    const evidence = evidenceOf(ctx, f.sentence);
    const prompt = `In the sentence “${s.text.replace(/\s+/g, " ").trim()}”, what does the word “${f.t.text}” mean?`;
    out.push(
      candidate(
        "multiple_choice",
        { prompt, choices: shuffled([gloss, ...wrong], ctx.seed, prompt), answer: gloss, evidence, explanation: `Here “${f.t.text}” means “${gloss}”${f.e[3].length ? ` (like “${f.e[3][0]}”)` : ""}.`, difficulty: 3 },
        { fact: `vocab:${f.lemma}`, sentences: [f.sentence], score: 0.55 + 0.1 * ctx.centrality[f.sentence], kind: "vocabulary", template: "vocabulary", features: { vocabulary: 1, rarity: Math.max(0, 1 - f.e[1] / COMMON) } },
      ),
    );
  }
  return out;
}

/** A whole sentence: a capital first, a full stop or "!" last, and no quotation marks. */
function quotable(text: string): boolean {
  const t = text.trim();
  return /^[A-Z]/.test(t) && /[.!]$/.test(t) && !/["“”]/.test(t);
}

/**
 * Whether `answer` is the vocabulary table's definition of a word of `text` (the key of a vocabulary item, which
 * is in the evidence as the word it defines, not as its own words).
 */
export function definesWordOf(answer: string, text: string): boolean {
  for (const w of text.toLowerCase().split(/[^a-z]+/)) {
    if (w.length < 6) continue;
    const forms = [w, verbForms(w)?.infinitive].filter((x): x is string => x !== undefined);
    for (const f of forms) if (Object.hasOwn(TABLE, f) && TABLE[f].some((e) => e[2] === answer)) return true;
  }
  return false;
}
