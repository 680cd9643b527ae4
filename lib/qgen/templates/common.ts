/** Helpers shared by the question templates: evidence spans, explanations, option order. */

export const BLANK = "_____";
import type { Tok } from "../analyse";
import type { Ctx, Candidate } from "../context";
import type { Evidence, GeneratedQuestion, QuestionType } from "../types";
import { NUMBER_WORDS } from "../lexicon";
import { memoised } from "../memo";
import { shuffled } from "../rng";
import { wordCount } from "../text";

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

/**
 * The part of a sentence a blank needs: long sentences are cut to the clause that carries the fact (from its
 * subject to the end of the comma-delimited chunk holding the slot, and before a later "and"), so a stem stays
 * short. Returns the text with the blank, or null when no readable cut exists for a long sentence.
 */
const blanked = new WeakMap<Ctx, Map<string, string | null>>();

export function blankSentence(ctx: Ctx, index: number, slot: { a: number; b: number; start: number; end: number }, blank: string): string | null {
  // fill-in-the-blank and cloze multiple choice blank the same slots: made once per article
  let mine = blanked.get(ctx);
  if (mine === undefined) {
    mine = new Map();
    blanked.set(ctx, mine);
  }
  const key = `${index}|${slot.a}|${slot.b}|${slot.start}|${slot.end}|${blank}`;
  let text = mine.get(key);
  if (text === undefined) {
    text = makeBlankSentence(ctx, index, slot, blank);
    mine.set(key, text);
  }
  return text;
}

function makeBlankSentence(ctx: Ctx, index: number, slot: { a: number; b: number; start: number; end: number }, blank: string): string | null {
  const s = ctx.sentences[index];
  const toks = s.toks;
  const words = s.words;
  const lead = /^(However|Meanwhile|But|And|Yet|Still|Also),\s+/.exec(s.text);
  let start = s.start + (lead ? lead[0].length : 0);
  let end = s.end;
  if (words > 25) {
    const clause = ctx.clauses[index]
      .filter((c) => !c.quoted && (c.pre ? c.pre[0] : c.a) <= slot.a)
      .sort((x, y) => (y.pre ? y.pre[0] : y.a) - (x.pre ? x.pre[0] : x.a))[0];
    if (clause) {
      const a = clause.pre ? clause.pre[0] : clause.a;
      // the clause must run up to the slot's chunk without a new subject in between ("…, he left _____")
      let ok = true;
      for (let k = a + 1; k < slot.a; k++) if (toks[k - 1].text === "," && /^(he|she|they|it|we|i)$/i.test(toks[k].text)) ok = false;
      // past the end of a subordinate clause ("Although X did Y, …"), only a modifier chunk ("including …") may follow
      if (clause.b <= slot.a) {
        let k0 = slot.a;
        while (k0 > clause.b && toks[k0 - 1].text !== ",") k0--;
        const head = toks[k0];
        if (!head || !(head.pos === "ADP" || (head.pos === "VERB" && /ing$/.test(head.lower)))) ok = false;
      }
      if (ok) {
        let b = slot.b;
        // (not before an "and" between two bare nouns: "lakes and rivers" is one place, cut it and the claim changes)
        const joinsNouns = (k: number) => toks[k + 1]?.pos === "NOUN" && /^(NOUN|PROPN)$/.test(toks[k - 1]?.pos ?? "") && (k + 2 >= toks.length || /^[.,;:!?]$/.test(toks[k + 2].text));
        while (b < toks.length && toks[b].text !== "," && toks[b].text !== ";" && !(toks[b].pos === "CCONJ" && b >= slot.b + 3 && !joinsNouns(b)) && !/^[.!?]$/.test(toks[b].text)) b++;
        start = toks[a].start;
        end = toks[b - 1].end;
      }
    }
  }
  let text = ctx.body.slice(start, slot.start) + blank + ctx.body.slice(slot.end, end);
  text = text.replace(/[,;:]$/, "");
  if (!/[.!?]$/.test(text)) text += ".";
  if (wordCount(text) > 40) return null;
  return capFirst(text);
}

/**
 * The slot is part of a longer name, which a blank would cut: "Canal & _____", "St. Thomas' Hospital", "St.
 * Peter's _____", "the _____ and Birmingham Railway".
 */
export function partOfLongerName(toks: Tok[], slot: { a: number; b: number; text: string; entity?: unknown }): boolean {
  const before = toks[slot.a - 1];
  const after = toks[slot.b];
  if (before?.text === "&" || after?.text === "&" || /^[’']$/.test(after?.text ?? "")) return true;
  if (/^[’']s$/.test(before?.text ?? "") && /^[A-Z]/.test(slot.text)) return true;
  return slot.entity !== undefined && before?.lower === "the" && /^(and|of)$/.test(after?.lower ?? "") && /^[A-Z]/.test(toks[slot.b + 1]?.text ?? "");
}

/**
 * The slot is one of a list of three or more numbers of its kind ("in 1998, 2002, 2016, 2017 and 2020"): blanking
 * one asks the reader to have memorised the list, not to have understood it.
 */
export function inNumberList(ctx: Ctx, slot: { sentence: number; a: number; b: number; kind: string }): boolean {
  const toks = ctx.sentences[slot.sentence].toks;
  const same = ctx.slots[slot.sentence].filter((x) => x.kind === slot.kind).sort((x, y) => x.a - y.a);
  const joined = (x: { b: number }, y: { a: number }) => {
    const gap = toks.slice(x.b, y.a).map((t) => t.lower).join(" ");
    return gap === "," || gap === "and" || gap === "or" || gap === ", and" || gap === ", or";
  };
  const k = same.findIndex((x) => x.a === slot.a);
  if (k < 0) return false;
  let lo = k;
  while (lo > 0 && joined(same[lo - 1], same[lo])) lo--;
  let hi = k;
  while (hi < same.length - 1 && joined(same[hi], same[hi + 1])) hi++;
  return hi - lo >= 2;
}

/** An option placed into a blank: no doubled "the", and a lower-case "the" inside a sentence. */
export function optionInBlank(option: string, before: string, atStart: boolean): string {
  let x = option;
  if (/\bthe\s*$/i.test(before)) x = x.replace(/^the\s+/i, "");
  else if (!atStart) x = x.replace(/^The\s/, "the ");
  return x;
}
