/**
 * Wrong options of the same kind as the answer: from the article first (never ones in the evidence
 * sentence, which could be true), then perturbations (numbers, days) and the built-in gazetteer.
 */
import type { Ctx } from "./context";
import { PLAIN } from "../content/normalize";
import {
  CITIES, CONTINENTS, COUNTRIES, countryOfRegion, FEMALE_FIRST_NAMES, FIRST_NAMES, LANDMARK_CITY, MONTHS, ORGS, PEOPLE, PLANETS, REGION_COUNTRY, SURNAMES, WEEKDAYS,
  knownContainment, placeLevel,
} from "./lexicon";
import { knownSurname } from "./compromise";
import { containedInArticle, eventKeys, eventWords, linkedByKeys, mentionedInArticle } from "./links";
import { memoised } from "./memo";
import type { NameEntity } from "./names";
import { NUMERIC_KINDS, type Slot } from "./slots";
import { perturb, phraseValue } from "./numbers";
import { fnv1a, shuffled } from "./rng";

/** Lower case, no leading "the", words separated by single spaces (memoised for one run). */
export function norm(text: string): string {
  return memoised(normRaw, text);
}


function normRaw(text: string): string {
  const t = text.toLowerCase().replace(/^the\s+/, "");
  // in plain text the only letters and digits are a-z and 0-9 (lower case by now)
  return (PLAIN.test(t) ? t.replace(/[^a-z0-9]+/g, " ") : t.replace(/[^\p{L}\p{N}]+/gu, " ")).trim();
}

interface ArticleIndex {
  /** numbers of one kind and unit, with their text as written */
  byUnit: Map<string, Array<{ value: number; text: string }>>;
  all: Set<number>;
  /** gazetteer entities of each kind */
  byKind: Map<string, NameEntity[]>;
  groups: string[];
  /** fallback word lists with the names the article mentions left out (worked out when first asked for) */
  fallback(kind: string): string[] | undefined;
  news: boolean;
}

const FALLBACK_LISTS = new Map<string, string[]>([
  ["country", COUNTRIES.filter((c) => c.length > 3 && c !== "America")],
  ["city", CITIES],
  ["region", Object.keys(REGION_COUNTRY)],
  ["site", Object.keys(LANDMARK_CITY)],
  ["planet", PLANETS],
  ["continent", CONTINENTS],
  ["org", ORGS],
  ["news-people", PEOPLE],
  ["local-people", FIRST_NAMES.map((f, i) => `${f} ${SURNAMES[(i * 3) % SURNAMES.length]}`)],
]);

const FIRST_NAME_SET = new Set(FIRST_NAMES.map((f) => f.toLowerCase()));

/**
 * A person the article names by one word only is named by first name: a known first name, or, outside news of
 * presidents and ministers, anyone never given a title ("Maya" and "Theo" in a story), unless the word is a known
 * surname ("Einstein"). Reports name people in full and then by surname, and such a surname is linked to the full
 * name (names.ts), so it is not a one-word person.
 */
function oneWordFirstName(e: NameEntity, news: boolean): boolean {
  if (FIRST_NAME_SET.has(e.full.toLowerCase())) return true;
  if (news || e.kind !== "person" || e.full.includes(" ")) return false;
  return !e.mentions.some((m) => m.titled) && !knownSurname(e.full);
}

/** Per-article values for distractors, computed once (never a scan of the article per candidate). */
const indexCache = new WeakMap<Ctx, ArticleIndex>();
function articleIndex(ctx: Ctx): ArticleIndex {
  let v = indexCache.get(ctx);
  if (v) return v;
  const fallbacks = new Map<string, string[]>();
  const fallback = (kind: string): string[] | undefined => {
    let list = fallbacks.get(kind);
    const all = FALLBACK_LISTS.get(kind);
    if (list === undefined && all !== undefined) {
      list = all.filter((x) => !mentionedInArticle(ctx.body, x));
      fallbacks.set(kind, list);
    }
    return list;
  };
  v = { byUnit: new Map(), all: new Set(), byKind: new Map(), groups: [], fallback, news: false };
  for (const list of ctx.slots)
    for (const s of list) {
      if (s.kind === "group" && !v.groups.includes(s.text)) v.groups.push(s.text);
      if (s.value === undefined) continue;
      v.all.add(s.value);
      const key = `${s.kind}|${s.unit}`;
      const arr = v.byUnit.get(key) ?? [];
      if (!arr.some((x) => x.value === s.value)) arr.push({ value: s.value, text: numberPart(s.text) });
      v.byUnit.set(key, arr);
    }
  for (const e of ctx.gaz.entities) {
    const arr = v.byKind.get(e.kind) ?? [];
    arr.push(e);
    v.byKind.set(e.kind, arr);
  }
  v.news = ctx.gaz.entities.some((e) => e.kind === "person" && e.mentions.some((m) => m.titled && /president|minister|chancellor/i.test(ctx.body.slice(Math.max(0, m.start - 20), m.start))));
  indexCache.set(ctx, v);
  return v;
}

const lowerCase = (text: string) => text.toLowerCase();
const lowerWithoutThe = (text: string) => text.toLowerCase().replace(/^the /, "");

/** Country names that are the same country ("U.S." and "the United States"), of a text already through norm. */
function canonicalOf(k: string): string {
  if (/^(u s|us|usa|america|united states|united states of america)$/.test(k)) return "united states";
  if (/^(uk|britain|great britain|united kingdom)$/.test(k)) return "united kingdom";
  return k;
}

/** The lower-case content words around a slot in its sentence: the event the slot belongs to. */
const slotEvents = new WeakMap<Slot, string[]>();
export function slotEventWords(ctx: Ctx, slot: Slot, window = 8): string[] {
  if (window !== 8) return slotEventWordsRaw(ctx, slot, window);
  let words = slotEvents.get(slot);
  if (words === undefined) {
    words = slotEventWordsRaw(ctx, slot, window);
    slotEvents.set(slot, words);
  }
  return words;
}

function slotEventWordsRaw(ctx: Ctx, slot: Slot, window: number): string[] {
  const toks = ctx.sentences[slot.sentence].toks;
  const a = Math.max(0, slot.a - window);
  const b = Math.min(toks.length, slot.b + window);
  // the lower-case words before the slot (and its hedge) and after it
  const words: string[] = [];
  const before = slot.hedgeA ?? slot.a;
  for (let k = a; k < before; k++) if (/^[a-z]/.test(toks[k].text)) words.push(toks[k].text);
  for (let k = slot.b; k < b; k++) if (/^[a-z]/.test(toks[k].text)) words.push(toks[k].text);
  return eventWords(words.join(" "));
}

/**
 * Up to `n` distractors for a slot, in the answer's own format. `answer` is the text the question shows
 * as correct (for names, possibly the short form); `stem` is the question, whose event words (with those
 * around the slot) rule out options the article links to the same event.
 */
export function distractorsFor(ctx: Ctx, slot: Slot, answer: string, n: number, stem = "", fromArticleOnly = false): string[] {
  // the same slot, answer, count and stem come back (a statement falsified for both true/false and "NOT said"):
  // made once per article; callers only read the list
  let mine = made.get(slot);
  if (mine === undefined) {
    mine = new Map();
    made.set(slot, mine);
  }
  const key = `${n}\u0000${answer}\u0000${stem}${fromArticleOnly ? "\u0000a" : ""}`;
  let out = mine.get(key);
  if (out === undefined) {
    out = makeDistractors(ctx, slot, answer, n, stem, fromArticleOnly);
    mine.set(key, out);
  }
  return out;
}

/** Distractors already made, per slot (a slot belongs to one article's context). */
const made = new WeakMap<Slot, Map<string, string[]>>();

function makeDistractors(ctx: Ctx, slot: Slot, answer: string, n: number, stem: string, fromArticleOnly: boolean): string[] {
  const sentence = ctx.sentences[slot.sentence];
  const sentenceLower = memoised(lowerCase, sentence.text);
  const inSentence = (x: string) => sentenceLower.includes(memoised(lowerWithoutThe, x));
  // the slot's event words, then the stem's that are new (each list has every word once)
  const around = slotEventWords(ctx, slot);
  const fromStem = eventWords(stem, [answer]);
  let events = around;
  if (fromStem.length > 0) {
    events = around.slice();
    for (const w of fromStem) if (!around.includes(w)) events.push(w);
  }
  const keys = eventKeys(events);
  const linked = (x: string) => linkedByKeys(ctx.body, x, keys);
  const answerNorm = norm(answer);
  let answerWords: string[] | null = null;
  const answerPlace = canonicalOf(answerNorm);
  const numeric = NUMERIC_KINDS.has(slot.kind);
  const out: string[] = [];
  // norm and canonicalPlace of each option taken, side by side with `out`
  const outNorms: string[] = [];
  const outPlaces: string[] = [];
  const push = (x: string) => {
    const k = norm(x);
    if (out.length >= n || k === answerNorm || k.length === 0) return;
    const place = canonicalOf(k);
    if (outNorms.includes(k) || outPlaces.includes(place)) return;
    if (place === answerPlace) return;
    // no partial overlap with the answer: "Volodymyr Zelensky" vs "Zelensky", "27 states" vs "27"
    if (!numeric && k.split(" ").some((w) => w.length > 2 && (answerWords ??= answerNorm.split(" ")).includes(w))) return;
    out.push(x);
    outNorms.push(k);
    outPlaces.push(place);
  };
  const salt = `${slot.start}:${answer}`;
  const ix = articleIndex(ctx);

  if (NUMERIC_KINDS.has(slot.kind) && slot.value !== undefined) {
    const numberText = numberPart(slot.text);
    const avoid = new Set<number>();
    // values stated in the evidence sentence are never offered as wrong options
    for (const s of ctx.slots[slot.sentence]) if (s.value !== undefined) avoid.add(s.value);
    // nor values the article gives for the same event elsewhere
    const same = ix.byUnit.get(`${slot.kind}|${slot.unit}`) ?? [];
    for (const x of same) if (x.value !== slot.value && linked(x.text)) avoid.add(x.value);
    if (slot.kind === "year") {
      // never a year after the latest the article gives (a statue "unveiled in 2041")
      const latest = Math.max(...same.map((x) => x.value), slot.value);
      for (const v of shuffled([-12, -7, -3, 4, 9, 15, -20, 25], ctx.seed, salt)) {
        const y = slot.value + v;
        if (!avoid.has(y) && !ix.all.has(y) && y <= latest) push(String(y));
      }
      return out;
    }
    const values = same.filter((x) => !avoid.has(x.value)).map((x) => x.value);
    // which way the wrong numbers lie from the answer: fixed by the seed and the question, not always the same
    const order = fnv1a(salt, ctx.seed >>> 0 || 1) % 4;
    const others = perturb(slot.value, numberText, shuffled(values, ctx.seed, salt), n + 3, avoid, order, slot.kind === "percent" ? 100 : Infinity);
    // (push takes nothing once `out` is full: the checks stop there too)
    // a number word that starts the sentence ("Twenty minutes later, …") is capitalised, and so are the wrong ones
    const capital = /^[A-Z]/.test(numberText);
    for (const o of others) if (out.length < n && !linked(o)) push(answer.replace(numberText, capital ? o.charAt(0).toUpperCase() + o.slice(1) : o));
    return out;
  }
  switch (slot.kind) {
    case "weekday":
    case "month": {
      const list = slot.kind === "weekday" ? WEEKDAYS : MONTHS;
      const i = list.indexOf(slot.text);
      // neighbours first: Tuesday → Monday, Wednesday, Thursday; never one named in the evidence or linked to the event
      const order = [1, -1, 2, -2, 3, -3].map((d) => list[(i + d + list.length * 2) % list.length]);
      for (const d of order) if (out.length < n && !inSentence(d) && !linked(d)) push(d);
      return out;
    }
    case "date": {
      const m = /(\d{1,2})/.exec(answer);
      if (m) for (const d of [3, -4, 7, -9, 11]) {
        const day = Number(m[1]) + d;
        const x = answer.replace(m[1], String(day));
        if (day >= 1 && day <= 28 && out.length < n && !linked(x)) push(x);
      }
      return out;
    }
    case "person":
    case "place":
    case "country":
    case "org":
    case "group": {
      const short = slot.entity ? answer.split(" ").length === 1 : false;
      // a first name ("Mary" for Mary Seacole) is set beside first names, a surname beside surnames
      const firstName =
        short && slot.entity !== undefined && (slot.entity.full.includes(" ") ? slot.entity.full.split(" ")[0].toLowerCase() === answer.toLowerCase() : oneWordFirstName(slot.entity, ix.news));
      const shortOf = (full: string) => (firstName ? full.split(" ")[0] : full.split(" ").slice(-1)[0]);
      const level = slot.kind === "place" || slot.kind === "country" ? placeLevel(answer) ?? (slot.kind === "country" ? "country" : null) : null;
      const the = (x: string) => /^the /i.test(x);
      const regionCountry = level === "region" ? countryOfRegion(answer) : undefined;
      const levelOk = (x: string) => {
        if (slot.kind !== "place" && slot.kind !== "country") return true;
        const l = placeLevel(x);
        // (regions of two known countries are not set side by side: "Washington State" beside "Crimea")
        if (level === "region" && l === "region" && regionCountry !== undefined && countryOfRegion(x) !== undefined) return countryOfRegion(x) === regionCountry;
        if (level !== null) return l === level || (l === null && level === "city" && the(x) === the(answer));
        return (l === null || l === "city") && the(x) === the(answer);
      };
      // (the cheap look-ups first: the neighbourhood of a new option is the costly one)
      // (people contain no one: the containment checks are for places and organisations)
      const person = slot.kind === "person";
      const fits = (x: string) =>
        !inSentence(x) && levelOk(x) && (person || !knownContainment(x, answer)) && !linked(x) && (person || !containedInArticle(ctx.body, x, answer));
      const fromArticle: string[] = [];
      const kinds = slot.kind === "place" && level === "site" ? ["place", "org"] : [slot.kind];
      // a person who shares a name with the answer may be the answer under another name ("Mary", "Seacole", and
      // "Mary Jane Grant", her name at birth)
      const named = slot.kind === "person" ? new Set((slot.entity?.full ?? answer).toLowerCase().split(" ")) : null;
      for (const kind of kinds)
        for (const e of ix.byKind.get(kind) ?? []) {
          if (e === slot.entity) continue;
          if (named !== null && e.full.toLowerCase().split(" ").some((w) => named.has(w))) continue;
          // (beside a first name, only people whose first name the article gives: not "Okafor" of "Mr. Okafor")
          if (firstName && !e.full.includes(" ") && !oneWordFirstName(e, ix.news)) continue;
          if (kind !== slot.kind && placeLevel(e.full) !== "site") continue;
          if (e.mentions.some((m) => m.sentence === slot.sentence)) continue;
          fromArticle.push(short && e.kind === "person" ? (firstName ? shortOf(e.full) : e.short) : (e.article ? "the " : "") + e.full);
        }
      if (slot.kind === "group") for (const g of ix.groups) fromArticle.push(g);
      for (const x of shuffled(fromArticle, ctx.seed, salt)) if (out.length < n && fits(x)) push(matchCase(x, answer));
      // The built-in lists fill in: for people and organisations only up to two wrong options (three options in
      // all), since a well-known name the article never mentions is easy to rule out and often out of place.
      const cap = slot.kind === "person" || slot.kind === "org" ? Math.min(n, 2) : n;
      // People, organisations and groups come from the article only: a well-known name it never mentions is out of
      // place and easy to rule out. A place may take one from the built-in lists beside the article's own.
      if (out.length >= cap || fromArticleOnly || kinds[0] === "person" || kinds[0] === "org" || kinds[0] === "group") return out;
      const listCap = Math.min(cap, out.length + 1);
      const fallback =
        slot.kind === "person" ? (ix.news ? ix.fallback("news-people")! : titledAlike(ctx, slot, ix.fallback("local-people")!)).map((p) => (short ? shortOf(p) : p))
        : slot.kind === "org" ? (ix.news ? ix.fallback("org")! : [])
        : slot.kind === "country" ? ix.fallback("country")!
        : slot.kind === "place" && level === "site" ? (ix.news && placeLevel(answer) === "site" && knownContainment(answer, "x") === false && Object.keys(LANDMARK_CITY).some((l) => norm(l) === norm(answer)) ? ix.fallback("site")! : [])
        : slot.kind === "place" && level === "region" ? regionsBeside(answer, ix.fallback("region")!)
        : slot.kind === "place" && level !== null && level !== "feature" ? ix.fallback(level) ?? []
        : [];
      for (const x of shuffled(fallback, ctx.seed, salt)) if (out.length < listCap && fits(x)) push(matchCase(x, answer));
      return out;
    }
    default:
      return out;
  }
}

/** Made-up people who can take the title written before the answer: "Mrs _____" is no "Peter Fletcher". */
function titledAlike(ctx: Ctx, slot: Slot, people: string[]): string[] {
  const title = ctx.sentences[slot.sentence].toks[slot.a - 1]?.lower.replace(/\.$/, "") ?? "";
  const female = /^(mrs|ms|miss|lady|dame|madam)$/.test(title);
  if (!female && !/^(mr|sir|lord)$/.test(title)) return people;
  return people.filter((p) => FEMALE_FIRST_NAMES.has(p.split(" ")[0]) === female);
}

/** Regions of the answer's country when it is known ("Texas" beside "Ohio", not beside "Donbas"); none otherwise. */
function regionsBeside(answer: string, regions: string[]): string[] {
  const country = countryOfRegion(answer);
  return country === undefined ? [] : regions.filter((r) => countryOfRegion(r) === country);
}

function matchCase(x: string, answer: string): string {
  if (/^the /.test(x) && /^[A-Z]/.test(answer)) return "T" + x.slice(1);
  if (/^The /.test(x) && /^[a-z]/.test(answer)) return "t" + x.slice(1);
  return x;
}

/** The number inside an answer text ("$90 billion" → "90 billion", "about 40 minutes" → "40"). */
export function numberPart(text: string): string {
  const m = /(\d[\d,]*(?:\.\d+)?(?:\s(?:hundred|thousand|million|billion|trillion))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?\b(?:\s(?:hundred|thousand|million|billion))?)/i.exec(text);
  return m ? m[1] : text;
}

/** The value of the number inside a text ("about 40 minutes" → 40), or null (memoised for one run). */
export function valueOf(text: string): number | null {
  return memoised(valueOfRaw, text);
}

function valueOfRaw(text: string): number | null {
  return phraseValue(numberPart(text).replace(/,/g, "").split(/\s+/));
}
