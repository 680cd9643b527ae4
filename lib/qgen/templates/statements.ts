/** Stand-alone statements made from the article (true), and the same with one detail changed (false). */
import { isHeading, type Tok } from "../analyse";
import type { Ctx } from "../context";
import { spanText } from "../clause";
import { distractorsFor, valueOf } from "../distractors";
import { PRONOUNS } from "../lexicon";
import type { Slot } from "../slots";
import { firstPieces, wordCount } from "../text";
import { asStatement } from "./common";
import { withName } from "../model/refs";
import type { NameEntity } from "../names";

export interface Statement {
  sentence: number;
  text: string;
  /** offset of the statement's text in the body (before capitalisation) */
  start: number;
  end: number;
  /** the person its first "he"/"she" is, written as their name in `text` */
  who?: NameEntity;
}

const LEADING = /^(?:However|Meanwhile|But|And|Yet|Still|Also|Instead|So|Then|Indeed|Moreover),?\s+/;

/** Statements already made for an article: the templates ask for the same sentence's statement several times. */
const made = new WeakMap<Ctx, Map<string, Statement | null>>();

/** The sentence, or its first self-contained clause, as a statement; null when it depends on context. */
export function statementOf(ctx: Ctx, index: number, maxWords = 28): Statement | null {
  let mine = made.get(ctx);
  if (mine === undefined) {
    mine = new Map();
    made.set(ctx, mine);
  }
  const key = `${index}|${maxWords}`;
  let st = mine.get(key);
  if (st === undefined) {
    st = makeStatement(ctx, index, maxWords);
    mine.set(key, st);
  }
  return st;
}

/** A statement ends on a word that cannot end one ("… abandoned their middle class house and."): a cut fragment. */
const BROKEN_END = /\b(and|or|but|of|the|a|an|to|with|in|on|for|by|from|at|as|that|which|who)[.!?]?$/i;
/** What is left of a cleft sentence cut at its verb: "In 1939 that Coron was registered …". */
const CLEFT_REST = /^(in|on|at|by|during)\b[^,]{0,30}\bthat\b/i;

function makeStatement(ctx: Ctx, index: number, maxWords: number): Statement | null {
  const st = makeStatementRaw(ctx, index, maxWords);
  if (st === null) return null;
  const bare = st.text.replace(/[.!?]$/, "").trim();
  return BROKEN_END.test(bare) || CLEFT_REST.test(bare) ? null : st;
}

function makeStatementRaw(ctx: Ctx, index: number, maxWords: number): Statement | null {
  const s = ctx.sentences[index];
  if (ctx.skip[index]) return null;
  // (a question is no statement: "True or false: What surprised you most?"; nor is a short answer that names
  // nothing: "Some are.")
  if (/["“”]/.test(s.text) || isHeading(s) || s.text.endsWith("?") || (s.words <= 3 && !s.toks.some((t) => t.pos === "NOUN" || t.pos === "PROPN"))) return null;
  const first = s.toks.find((t) => !/^(however|meanwhile|but|and|yet|still|also|,)$/i.test(t.text));
  // a "he" or "she" the article model resolved is written as the person's name (model/refs.ts)
  const who = ctx.referents[index] ?? undefined;
  const known = (w: string) => who !== undefined && /^(he|she|his|her)$/.test(w);
  if (!first || (PRONOUNS.has(first.lower) && !known(first.lower)) || first.lower === "the" && /^the (same|other|latter|former)\b/i.test(s.text.replace(LEADING, ""))) return null;
  const words = s.words;
  // (the first three words as written: \b sees the same boundaries whatever the white space between them)
  if (words <= maxWords && !/\b(they|it|their|its|this|these)\b/i.test(firstPieces(s.text, 3)) && (who !== undefined || !/\b(he|she|his|her)\b/i.test(firstPieces(s.text, 3)))) {
    const lead = LEADING.exec(s.text);
    const start = s.start + (lead ? lead[0].length : 0);
    if (unresolvedPronoun(s.toks, start, s.end, who === undefined)) return null;
    const text = asStatement(ctx.body.slice(start, s.end));
    return { sentence: index, text: who ? withName(text, who) : text, start, end: s.end, who };
  }
  const c = ctx.clauses[index].find((x) => !x.quoted && !x.attribution);
  if (!c) return null;
  const a = c.pre ? c.pre[0] : c.subj[0];
  const text = spanText(ctx.body, s.toks, a, c.b);
  if (wordCount(text) > maxWords || wordCount(text) < 5) return null;
  if (PRONOUNS.has(s.toks[c.subj[0]].lower)) return null;
  // a clause cut before "after …"/"because …" loses its meaning
  if (c.b < s.toks.length && /^(after|before|until|because|when|if|since|as|that|while)$/i.test(s.toks[c.b].text)) return null;
  if (c.pred[1] - c.pred[0] < 2) return null;
  if (unresolvedPronoun(s.toks, s.toks[a].start, s.toks[c.b - 1].end)) return null;
  return { sentence: index, text: asStatement(text), start: s.toks[a].start, end: s.toks[c.b - 1].end };
}

/** Words for a person, one that "he" or "she" may point back to. */
const PERSON_NOUN =
  /^(man|woman|boy|girl|child|baby|king|queen|prince|princess|father|mother|son|daughter|brother|sister|husband|wife|uncle|aunt|grandfather|grandmother|friend|person|[a-z]+(?:er|or|ist|ian|ant|ent)|captain|coach|chief|head|nurse|doctor|judge|mayor|president|minister|chancellor|pope|bishop|saint|hero|heroine|pupil|student|author|poet|artist|scientist|explorer|engineer|officer|soldier|pilot|chef|owner|leader|spokesman|spokeswoman|chairman|chairwoman)$/;

const PLURAL_PRONOUNS = new Set(["they", "them", "their", "theirs"]);
const SINGULAR_PRONOUNS = new Set(["he", "him", "his", "she", "her", "hers"]);
const DEMONSTRATIVES = new Set(["this", "that", "these", "those"]);

/**
 * A statement that needs the sentences before it to be understood: a "they", "them" or "their" with no plural
 * noun or pair of names before it in the statement ("For a while, it looked as if they would win easily.", "The
 * chronicle was not among them."), or a "he", "his", "she" or "her" with no name or word for a person before it
 * ("According to his research, …"; `singular` false leaves these). Read alone, as a true/false item or an option,
 * it cannot be judged.
 */
export function unresolvedPronoun(toks: Tok[], start: number, end: number, singular = true): boolean {
  let noun = false;
  let plural = false;
  let first = -1;
  for (const t of toks) {
    if (t.start < start || t.end > end) continue;
    if (first < 0) first = t.i;
    const w = t.lower;
    if (PLURAL_PRONOUNS.has(w) && !plural) return true;
    // "he", "his", "she" and "her" point to a person: a name or a word for one ("On the way back, all five men of
    // his party died" names no one his could be)
    if (singular && SINGULAR_PRONOUNS.has(w) && !personBefore(toks, first, t.i)) return true;
    // "Engineers said that this would double the time", "If that is also approved, …": a demonstrative standing
    // alone points back to something the statement does not hold
    // (not "that" after a noun, which starts a relative clause: "a time that would have won …")
    if (t.pos === "PRON" && DEMONSTRATIVES.has(w) && !/^(NOUN|PROPN|NUM|PRON)$/.test(toks[t.i - 1]?.pos ?? "")) return true;
    if (t.pos === "NOUN" || t.pos === "PROPN") {
      noun = true;
      // a plural: ends in "s", not in "'s"
      const n = w.length;
      if (n > 1 && w.charCodeAt(n - 1) === 115 && w[n - 2] !== "'" && w[n - 2] !== "’") plural = true;
    }
    // "Trump and Putin …", "the captain and the coach …": two of them
    if (w === "and" && noun) plural = true;
  }
  return false;
}

/** A name or a word for a person among toks[from] … toks[to - 1]. */
function personBefore(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.pos === "PROPN" || ((t.pos === "NOUN") && (/^[A-Z]/.test(t.text) || PERSON_NOUN.test(t.lower)))) return true;
  }
  return false;
}

/** Slots whose change gives a statement that is false according to the article. */
export function alterable(slot: Slot): boolean {
  // numbers, days and dates, and people: one person swapped for another ("Ravi Shah founded it" for "Maria Lopez
  // founded it"), so that a statement without a number is not always true. (Not places or organisations, which
  // need "the" in some places and not others: "leaving U.S. in urgent need", "The The European Union".)
  // (not the day of the week: which weekday something happened on is a detail that does not matter to a text)
  return ["money", "count", "duration", "measure", "percent", "year", "date", "month", "person"].includes(slot.kind) && !slot.possessive;
}

const LOWER_BOUNDS = new Set(["at least", "more than", "over", "just over", "some"]);
const UPPER_BOUNDS = new Set(["under", "less than", "fewer than", "up to", "at most", "just under"]);

/** Words that tell a person's sex: a person swapped into such a statement could give the change away. */
const GENDERED = /\b(she|her|hers|herself|he|him|his|himself|woman|man|businesswoman|businessman|wife|husband|mother|father|daughter|son|sister|brother|mrs|mr|ms|miss|sir|lady)\b/i;

/** The details of a statement that falsify may change (true/false items leave bounded numbers alone). */
export function alterableSlots(ctx: Ctx, st: Statement, mode: "tf" | "notsaid", stated = true): Slot[] {
  const slots = ctx.slots[st.sentence].filter((x) => {
    if (!alterable(x) || x.start < st.start || x.end > st.end) return false;
    if (x.kind === "person" && GENDERED.test(ctx.body.slice(st.start, st.end))) return false;
    // not one member of a list ("in 1998, 2002, 2016 and 2020") nor a reference's year ("Geertz (1970)"): a
    // changed member or citation is a detail, not a fact of the text
    const before = ctx.body.slice(Math.max(0, x.start - 12), x.start);
    const after = ctx.body.slice(x.end, x.end + 12);
    if (/\d,?\s$|\d\s(and|or)\s$/.test(before) || /^,\s(\w+\s)?\d|^\s(and|or)\s\d/.test(after)) return false;
    if (/\($/.test(before) && /^\)/.test(after)) return false;
    const hedge = x.hedge?.toLowerCase();
    return !(mode === "tf" && hedge && (LOWER_BOUNDS.has(hedge) || UPPER_BOUNDS.has(hedge)));
  });
  // a person of the article swapped for another is the change that tests reading (who did what); a number or a
  // date only where no person can change
  // (true/false items change no person: a name swapped into a copied sentence was told apart by matching words,
  // 3 of 22 acceptable in round 2; who said what is asked by the claims' own items, templates/people.ts)
  if (mode === "tf" && stated) return slots.filter((x) => x.kind !== "person");
  return slots.some((x) => x.kind === "person") ? slots.filter((x) => x.kind === "person") : slots;
}

/**
 * The statement with one detail changed, and what was changed; null when no safe change exists.
 * The changed detail must be clearly false: never a value the article links to the same event, and for
 * hedged numbers never one the hedge allows ("at least 14" does not make "at least 7" false). True/false
 * items (`mode` "tf") skip bounded numbers altogether; "NOT said" items only move them past the bound. A true/false
 * item's wrong value is one the article states elsewhere (`stated`), and it changes no person; with `stated` false
 * (a weaker writer, for short texts) any same-kind value or another person of the article will do.
 */
export function falsify(ctx: Ctx, st: Statement, salt = 0, mode: "tf" | "notsaid" = "tf", stated = true): { text: string; slot: Slot; wrong: string } | null {
  const slots = alterableSlots(ctx, st, mode, stated);
  if (slots.length === 0) return null;
  const slot = slots[(salt + ctx.seed) % slots.length];
  const hedge = slot.hedge?.toLowerCase() ?? "";
  const statement = ctx.body.slice(st.start, st.end);
  // (for a person, the statement adds no event words to those around the slot: one list serves the true/false and
  // the NOT-said item on the sentence)
  const person = slot.kind === "person";
  // the wrong value is another fact of the same article: a value of the same kind that another sentence states
  // (a value made up for the item, "108 hours" for "48 hours", is told apart by matching words, not by reading)
  const values = mode === "tf" && stated && !person ? articleValues(ctx, slot, statement) : null;
  if (values !== null && values.length === 0) return null;
  const wrongs = (values ?? distractorsFor(ctx, slot, slot.text, 5, person ? "" : statement, person)).filter((w) => {
    // another person of the article, never a name it does not mention (which would give the change away), and a
    // person the article names in full and more than once (not a town or a tea read as a surname)
    if (person) return isPersonOfArticle(ctx, w);
    if (slot.value === undefined) return true;
    const v = valueOf(w);
    if (v === null) return false;
    if (LOWER_BOUNDS.has(hedge)) return v > slot.value * 1.2;
    if (UPPER_BOUNDS.has(hedge)) return v < slot.value / 1.2;
    if (hedge) return v >= slot.value * 1.5 || v <= slot.value / 1.5;
    return true;
  });
  if (wrongs.length === 0) return null;
  const wrong = wrongs[(salt + ctx.seed) % Math.min(2, wrongs.length)];
  const raw = ctx.body.slice(st.start, slot.start) + wrong + ctx.body.slice(slot.end, st.end);
  const text = st.who ? withName(asStatement(raw), st.who) : asStatement(raw);
  if (ctx.lowerBody.includes(raw.toLowerCase().replace(/[.]$/, ""))) return null;
  return { text, slot, wrong };
}

const normValue = (w: string) => w.toLowerCase().replace(/^(the|a|an)\s+/, "").replace(/\s+/g, " ").trim();

/**
 * The values of `slot`'s kind (and unit) that the article states in sentences other than the slot's, as the article
 * writes them, nearest in value first; not from a sentence that says much the same as the statement (its value
 * may be the same event's).
 */
function articleValues(ctx: Ctx, slot: Slot, statement: string): string[] {
  const mine = contentWords(statement);
  const found = new Map<string, number>();
  for (const list of ctx.slots)
    for (const x of list) {
      if (x.sentence === slot.sentence || x.kind !== slot.kind || x.possessive) continue;
      if (slot.unit !== undefined && x.unit !== undefined && x.unit !== slot.unit) continue;
      if (x.value !== undefined && x.value === slot.value) continue;
      // written the same way ("4 July 1831" for "12 June 1832", not for "June 17"), and a year of the same times
      if (shapeOf(x.text) !== shapeOf(slot.text)) continue;
      if (slot.kind === "year" && x.value !== undefined && slot.value !== undefined && Math.abs(x.value - slot.value) > 40) continue;
      const v = x.text.trim();
      if (normValue(v) === normValue(slot.text) || found.has(v)) continue;
      const theirs = contentWords(ctx.sentences[x.sentence].text);
      let shared = 0;
      for (const w of mine) if (theirs.has(w)) shared++;
      if (shared * 2 >= mine.size) continue;
      found.set(v, x.value !== undefined && slot.value !== undefined ? Math.abs(Math.log((x.value + 1) / (slot.value + 1))) : 0);
    }
  return [...found].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

const shapeOf = (text: string) => text.trim().replace(/\d/g, "9").replace(/\p{L}+/gu, "a");
const contentWords = (text: string) => new Set(text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4));

/** A person of the article: named as a person, with a name of two words or more, and mentioned twice or more. */
function isPersonOfArticle(ctx: Ctx, w: string): boolean {
  const e = ctx.gaz.find(w);
  return e !== undefined && e.kind === "person" && /\s/.test(e.full) && e.mentions.length >= 2;
}
