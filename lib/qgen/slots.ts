/**
 * Facts: the answerable spans of each sentence (a name, a group, a number with its unit and hedge,
 * a day or date, a key noun phrase), with exact offsets. Templates turn them into questions.
 */
import type { Sentence, Tok } from "./analyse";
import type { Gazetteer, NameEntity } from "./names";
import {
  CURRENCY_SYMBOLS, CURRENCY_WORDS, GENERIC_NOUNS, HEDGES, MEASURE_UNITS, MONTHS, TIME_UNITS, WEEKDAYS, isDemonym,
} from "./lexicon";
import { verbForms } from "./compromise";
import { isScaleWord, phraseValue, tokenValue } from "./numbers";

export type SlotKind =
  | "person" | "place" | "country" | "org" | "group"
  | "money" | "count" | "duration" | "measure" | "percent"
  | "year" | "date" | "weekday" | "month"
  | "phrase";

export const NUMERIC_KINDS = new Set<SlotKind>(["money", "count", "duration", "measure", "percent", "year"]);
export const NAME_KINDS = new Set<SlotKind>(["person", "place", "country", "org", "group"]);

export interface Slot {
  kind: SlotKind;
  sentence: number;
  /** token range [a, b) of the answer in the sentence (without hedge or preposition) */
  a: number;
  b: number;
  start: number;
  end: number;
  /** the answer as written in the article */
  text: string;
  /** the hedge before a number, as written ("about", "at least"), and where it starts */
  hedge?: string;
  hedgeA?: number;
  /** numbers: the value; counts: the counted noun phrase ("people", "member states") */
  value?: number;
  unit?: string;
  /** names: the entity */
  entity?: NameEntity;
  /** the answer is followed by a possessive ’s */
  possessive?: boolean;
}

const WEEKDAY_SET = new Set(WEEKDAYS);
const MONTH_SET = new Set(MONTHS);

/** Plural nouns for people: officials, leaders, forces, scientists, volunteers … */
const PEOPLE_NOUNS = /^(?:[a-z]+(?:ers|ors|ists|ians|ants|ents)|officials|leaders|forces|troops|people|citizens|police|authorities|crews|diplomats|students|children|families|soldiers|ministers|fans|voters|lawmakers|negotiators|allies|rivals|teams|delegates|experts|scientists|engineers|volunteers|residents|workers|officers|farmers)$/;

const isNumTok = (t: Tok | undefined) =>
  t !== undefined && (tokenValue(t.text) !== null || (t.pos === "NUM" && /\d/.test(t.text))) && !/^(a|an|one)$/i.test(t.text);

function hedgeBefore(toks: Tok[], i: number): { hedge: string; a: number } | null {
  for (const [words] of HEDGES) {
    const a = i - words.length;
    if (a < 0) continue;
    // "rowed over 2,000 metres": after a verb, "over" and "under" are prepositions, not hedges
    if ((words[0] === "over" || words[0] === "under") && words.length === 1 && toks[a - 1]?.pos === "VERB") continue;
    if (words.every((w, k) => toks[a + k].lower === w)) return { hedge: toks.slice(a, i).map((t) => t.text).join(" "), a };
  }
  return null;
}

/**
 * References are no facts of the text: "(Winston, 1987)", "(Riley et al., 2005)", "Riley et al. (2005)". Their tokens
 * are marked taken, so no slot is found in them: "(Winston, _____)" would test the bibliography.
 * (Not "the Treaty of Paris (1763)": a year alone in brackets after a name is a date of the text.)
 */
function markCitations(toks: Tok[], taken: Uint8Array): void {
  for (let j = 0; j < toks.length; j++) {
    if (toks[j].text !== "(") continue;
    let m = j + 1;
    while (m < toks.length && m <= j + 12 && toks[m].text !== ")") m++;
    if (toks[m]?.text !== ")" || !/^\d{4}[a-z]?$/.test(toks[m - 1].text)) continue;
    let from = -1;
    if (m - 1 > j + 1 && toks[m - 2].text === "," && /^[A-Z]/.test(toks[j + 1].text)) from = j;
    else if (m - 1 === j + 1 && toks[j - 1]?.text === "." && toks[j - 2]?.lower === "al" && toks[j - 3]?.lower === "et") {
      from = j - 3;
      while (from > 0 && /^[A-Z]/.test(toks[from - 1].text) && toks[from - 1].pos === "PROPN") from--;
    }
    if (from < 0) continue;
    for (let k = from; k <= m; k++) taken[k] = 1;
    j = m;
  }
}

/** Plurals that do modify the noun after them ("sports centre", "arts festival", "goods train"). */
const PLURAL_MODIFIERS = new Set(["sports", "arts", "goods", "sales", "savings", "news", "arms", "customs", "clothes", "games", "jobs", "parts", "systems", "weapons", "students", "women", "children", "citizens", "members", "visitors", "workers", "farmers"]);

const FRACTION = /^(halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?)$/;

/**
 * The number from toks[a] to toks[b] is one side of a ratio: "nine in ten", "three out of four", "1 in 5" (two small
 * numbers, the first no larger than the second: "scored 3 in 2019" is no ratio).
 */
function ratioAround(toks: Tok[], a: number, b: number): boolean {
  const small = (t: Tok | undefined) => (t !== undefined && isNumTok(t) ? tokenValue(t.text) : null);
  const after = toks[b]?.lower === "in" ? b + 1 : toks[b]?.lower === "out" && toks[b + 1]?.lower === "of" ? b + 2 : -1;
  const before = toks[a - 1]?.lower === "in" ? a - 2 : toks[a - 1]?.lower === "of" && toks[a - 2]?.lower === "out" ? a - 3 : -1;
  const ratio = (x: number | null, y: number | null) => x !== null && y !== null && x <= y && y <= 1000;
  return (after >= 0 && b === a + 1 && ratio(small(toks[a]), small(toks[after]))) || (before >= 0 && ratio(small(toks[before]), small(toks[a])));
}

export function findSlots(s: Sentence, gaz: Gazetteer, body: string): Slot[] {
  const toks = s.toks;
  const slots: Slot[] = [];
  // taken[k]: token k is part of a slot already (reads past either end are undefined, so false)
  const taken = new Uint8Array(toks.length);
  if (s.text.includes("(")) markCitations(toks, taken);
  const add = (slot: Omit<Slot, "sentence" | "start" | "end" | "text">) => {
    const start = toks[slot.a].start;
    const end = toks[slot.b - 1].end;
    for (let k = slot.a; k < slot.b; k++) taken[k] = 1;
    // every slot has every field (unset ones undefined): one object shape for all of them
    slots.push({
      kind: slot.kind, sentence: s.index, a: slot.a, b: slot.b, start, end, text: body.slice(start, end), hedge: slot.hedge,
      hedgeA: slot.hedgeA, value: slot.value, unit: slot.unit, entity: slot.entity, possessive: slot.possessive,
    });
  };

  // Numbers: [hedge] [currency] number-words [scale] [unit or counted noun]
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] === 1) continue;
    const t = toks[i];
    const currency = isNumTok(toks[i + 1]) && CURRENCY_SYMBOLS[t.text] !== undefined ? t.text : null;
    const n0 = currency ? i + 1 : i;
    if (!isNumTok(toks[n0])) continue;
    if (/^(half|quarter)$/i.test(toks[n0].text)) continue; // "two and a half years"
    if (toks[n0 - 1]?.text === "-" || toks[n0 + 1]?.text === "-") continue; // "74-year-old", "2-1"
    let n1 = n0 + 1;
    while (n1 < toks.length && (isScaleWord(toks[n1].text) || (isNumTok(toks[n1]) && !/\d/.test(toks[n1].text) && !/\d/.test(toks[n0].text)))) n1++;
    const value = phraseValue(toks.slice(n0, n1).map((x) => x.text));
    if (value === null) continue;
    const next = toks[n1];
    // a share ("two thirds", "nine in ten", "three out of four"): one number alone says nothing
    if (FRACTION.test(next?.lower ?? "") || ratioAround(toks, i, n1)) continue;
    const hedge = hedgeBefore(toks, i);
    // (`after`: the token after what the number counts or measures)
    const number = (kind: SlotKind, b: number, unit?: string, after = b) => {
      // "50,000 bees or more" bounds the number from after it, "by nine votes to four" makes it half of a score:
      // either way a question on the number alone would say something else
      if (toks[after]?.lower === "or" && /^(more|fewer|less|so|longer|over|above|under|below|older|younger)$/.test(toks[after + 1]?.lower ?? "")) return;
      if (toks[after]?.lower === "to" && isNumTok(toks[after + 1])) return;
      // either end of a range ("from 1864 to 1879", "between 1805 and 1818"): a changed end could reverse it
      if (toks[after]?.lower === "and" && isNumTok(toks[after + 1]) && toks[i - 1]?.lower === "between") return;
      if ((toks[i - 1]?.lower === "to" || toks[i - 1]?.lower === "and") && isNumTok(toks[i - 2])) return;
      // a time of day ("7 a.m.", "10 o'clock") is no quantity to ask or change
      if (/^(a\.m\.|p\.m\.|am|pm|o'clock|o’clock)$/.test(toks[b]?.lower ?? "")) return;
      add({ kind, a: i, b, hedge: hedge?.hedge, hedgeA: hedge?.a, value, unit });
    };
    if (currency) {
      number("money", n1, currency);
    } else if (next && CURRENCY_WORDS.has(next.lower)) {
      number("money", n1 + 1, next.lower.replace(/s$/, ""));
    } else if (next && (next.lower === "per" || next.lower === "percent" || next.text === "%")) {
      number("percent", next.lower === "per" ? n1 + 2 : n1 + 1);
    } else if (next && TIME_UNITS.has(next.lower)) {
      if (toks[n1 + 1]?.lower === "old" || toks[n1 + 1]?.lower === "ago") continue;
      // "5 minutes 38.4 seconds"
      let b = n1 + 1;
      if (isNumTok(toks[b]) && TIME_UNITS.has(toks[b + 1]?.lower ?? "")) b += 2;
      number("duration", b, next.lower);
    } else if (next && MEASURE_UNITS.has(next.lower)) {
      let b = n1 + 1;
      if (next.lower === "square") b++;
      // "0.9 metres per second"
      if (toks[b]?.lower === "per" && TIME_UNITS.has(toks[b + 1]?.lower ?? "")) b += 2;
      number("measure", b, toks.slice(n1, b).map((x) => x.lower).join(" "));
    } else if (n1 - n0 === 1 && /^\d{4}$/.test(toks[n0].text) && value >= 1000 && value <= 2100) {
      if (toks[n0 - 1] && MONTH_SET.has(toks[n0 - 1].text)) continue;
      number("year", n1);
    } else if (next && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN") && /^[a-z]|^[A-Z][a-z]+$/.test(next.text)) {
      // counted noun phrase: ADJ* NOUN+ (demonym adjectives allowed: "seven European leaders")
      let b = n1;
      while (b < toks.length && (toks[b].pos === "ADJ" || (toks[b].pos === "PROPN" && isDemonym(toks[b].text)))) b++;
      const nounStart = b;
      while (b < toks.length && toks[b].pos === "NOUN" && /^[a-z]/.test(toks[b].text)) b++;
      if (b === nounStart) continue;
      // a plural noun tagged as a verb at the end of the phrase ("40 roof beams and …")
      if (toks[b]?.pos === "VERB" && /[^s]s$/.test(toks[b].lower) && /^(and|,|\.|or)$/.test(toks[b + 1]?.text ?? "")) b++;
      if (MONTH_SET.has(toks[n1].text)) continue;
      number("count", n1, toks.slice(n1, b).map((x) => x.text).join(" "), b);
    }
  }

  // Days, dates and months.
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] === 1) continue;
    const t = toks[i];
    if (WEEKDAY_SET.has(t.text)) {
      // "Saturday, 12 September" / "Monday, 3 June 2024": keep the whole date
      let b = i + 1;
      const k = toks[b]?.text === "," ? b + 1 : b;
      if (isNumTok(toks[k]) && MONTH_SET.has(toks[k + 1]?.text ?? "")) {
        b = k + 2;
        if (/^\d{4}$/.test(toks[b]?.text ?? "")) b++;
        add({ kind: "date", a: i, b });
      } else {
        add({ kind: "weekday", a: i, b, possessive: /^[’']s$/.test(toks[b]?.text ?? "") });
      }
    } else if (MONTH_SET.has(t.text) && t.text !== "May") {
      let a = i;
      let b = i + 1;
      if (isNumTok(toks[i - 1]) && taken[i - 1] !== 1) a = i - 1;
      else if (/^\d{1,2}$/.test(toks[b]?.text ?? "")) b++;
      if (/^\d{4}$/.test(toks[b]?.text ?? "")) b++;
      add({ kind: a < i || b > i + 1 ? "date" : "month", a, b });
    }
  }

  // Names from the gazetteer.
  for (const { entity, mention } of gaz.mentionsIn.get(s.index) ?? []) {
    if (entity.kind === "name") continue;
    let clash = false;
    for (let k = mention.a; k < mention.b; k++) if (taken[k] === 1) clash = true;
    if (clash) continue;
    add({ kind: entity.kind as SlotKind, a: mention.a, b: mention.b, entity, possessive: /^[’']s$/.test(toks[mention.b]?.text ?? "") });
  }

  // Groups: demonym + plural noun ("Ukrainian officials", "Russian forces", "European leaders").
  for (let i = 0; i + 1 < toks.length; i++) {
    if (taken[i] === 1 || taken[i + 1] === 1) continue;
    if (isDemonym(toks[i].text) && toks[i + 1].pos === "NOUN" && PEOPLE_NOUNS.test(toks[i + 1].text)) {
      if (isNumTok(toks[i - 1])) continue;
      add({ kind: "group", a: i, b: i + 2 });
    }
  }

  // Key noun phrases (for fill in the blank): a compound of nouns, optionally after an adjective, not generic.
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] === 1 || toks[i].pos !== "NOUN" || !/^[a-z]/.test(toks[i].text)) continue;
    let b = i;
    while (b < toks.length && toks[b].pos === "NOUN" && /^[a-z][a-z-]*$/.test(toks[b].text) && taken[b] !== 1) b++;
    let a = i;
    if (a > 0 && toks[a - 1].pos === "ADJ" && /^[a-z]{4,}$/.test(toks[a - 1].text) && taken[a - 1] !== 1) a--;
    // "The group plans to plant …", "the sun moves across …", "Each worker lives for …": a last noun in -s after a
    // singular one, following "the", "a" or "each", is the sentence's verb, misread
    if (b - i >= 2 && /s$/.test(toks[b - 1].lower) && toks[b]?.lower === "to" && toks[b + 1]?.pos === "VERB") b--;
    else if (b - i === 2 && /[^s]s$/.test(toks[b - 1].lower) && !/s$/.test(toks[b - 2].lower) && /^(the|a|an|each|every)$/.test(toks[i - 1]?.lower ?? "") && /^(ADP|ADV)$/.test(toks[b]?.pos ?? "")) b--;
    // "Thousands of narrowboats travel along it": a plural noun followed by a verb's base form is a subject and its
    // verb, misread (a plural rarely modifies the noun after it)
    // ("the run encodes distance": a singular noun, a verb in -s and its object, after "the")
    for (let k = i; k < b - 1; k++) {
      const w = toks[k].lower;
      const v = toks[k + 1].lower;
      // (the cheap tests first: compromise is asked only about a likely pair)
      const plural = /[^s'’]s$/.test(w);
      const third = !plural && !/s$/.test(w) && k + 2 < b && /s$/.test(v) && /^(the|a|an)$/.test(toks[i - 1]?.lower ?? "");
      if ((!plural && !third) || PLURAL_MODIFIERS.has(w) || !/^[a-z]+$/.test(v)) continue;
      const forms = verbForms(v);
      if (forms === null) continue;
      if (plural ? forms.infinitive === v && v !== w : forms.present3 === v && v !== forms.infinitive) {
        b = k + 1;
        break;
      }
    }
    // "a heron standing perfectly still", "a man holding a sign": a last noun in -ing with an adverb, determiner,
    // adjective or pronoun after it is a participle, misread
    if (b - i >= 2 && /ing$/.test(toks[b - 1].lower) && /^(ADV|DET|ADJ|PRON)$/.test(toks[b]?.pos ?? "")) b--;
    const head = toks[b - 1].lower;
    if (b - a > 3 || GENERIC_NOUNS.has(head) || head.length < 5) {
      i = b;
      continue;
    }
    add({ kind: "phrase", a, b });
    i = b;
  }
  return slots.sort((x, y) => x.start - y.start);
}
