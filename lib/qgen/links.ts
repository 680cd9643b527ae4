/**
 * "Is this wrong option linked to the asked event somewhere else in the article?" A distractor must never be
 * true according to the article: "Washington" is no wrong answer to "Where did Trump and Zelensky meet?" when
 * the article speaks of "meetings in Washington". An option is linked when one of its mentions in the article
 * has one of the question's event words (the stem's lower-case content words) within a few words of it.
 *
 * Uses one word index per body (built once per run, see memo.ts), so each check costs the option's mentions
 * times a small window, never a scan of the whole article.
 */
import { currentRun, memoised } from "./memo";
import { PLAIN } from "../content/normalize";
import { firstPieces, lastPieces } from "./text";

const IRREGULAR_WORDS: Record<string, string> = {
  met: "meet", spoke: "speak", spoken: "speak", held: "hold", left: "leave", went: "go", gone: "go", came: "come",
  told: "tell", made: "make", won: "win", began: "begin", begun: "begin", found: "find", flew: "fly", flown: "fly",
  fell: "fall", ran: "run", took: "take", taken: "take", saw: "see", seen: "see", gave: "give", given: "give",
  built: "build", sent: "send", brought: "bring", bought: "buy", sold: "sell", lost: "lose", kept: "keep",
  struck: "strike", sank: "sink", rose: "rise", burnt: "burn", burned: "burn", paid: "pay", led: "lead", wrote: "write",
  written: "write", drew: "draw", drawn: "draw", grew: "grow", grown: "grow", hit: "hit", set: "set", cost: "cost",
  killed: "kill", died: "die", dead: "die", death: "die", deaths: "die", talk: "talk", talks: "talk",
};

const IRREGULAR = new Map(Object.entries(IRREGULAR_WORDS));

/** Words that say nothing about which event is meant. */
const NOT_EVENT = new Set([
  "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "is", "was", "were", "are",
  "be", "been", "being", "has", "have", "had", "did", "does", "do", "that", "this", "it", "as", "its", "their", "his",
  "her", "they", "he", "she", "we", "about", "than", "more", "least", "which", "what", "who", "whom", "how", "many",
  "much", "long", "when", "where", "why", "true", "false", "not", "no", "but", "also", "would", "could", "will", "can",
  "may", "might", "should", "after", "before", "during", "following", "then", "into", "onto", "over", "under", "up",
  "down", "out", "off", "so", "such", "some", "any", "all", "each", "every", "other", "others", "one", "two", "own",
  "said", "says", "say", "according", "people", "time", "times", "day", "days", "year", "years", "way", "part", "just",
  "only", "even", "still", "yet", "very", "later", "earlier", "first", "last", "next", "new", "old", "there", "here",
  "answer", "completes", "sentence", "fill", "blank", "which", "around", "nearly", "almost", "roughly", "some",
  "while", "although", "though", "because", "until", "since", "if", "per", "cent", "percent", "them", "him", "us",
]);

interface WordIndex {
  words: string[];
  at: Map<string, number[]>;
  /** option → keys of the words around its mentions (computed once per option) */
  around: Map<string, Set<string>>;
  /** the same for the usual window of 8 words, by the option as given */
  around8: Map<string, Set<string>>;
  /** phrase → its mentions */
  seen: Map<string, Array<[number, number]>>;
  /** "a|b" → whether the article writes one in the other */
  contained: Map<string, Map<string, boolean>>;
}


const WORD = /[\p{L}\p{N}]+(?:[.,’'-][\p{L}\p{N}]+)*/gu;
/** WORD for text whose only letters and digits are ASCII ones (PLAIN): the same matches without Unicode tables. */
const WORD_ASCII = /[A-Za-z0-9]+(?:[.,’'-][A-Za-z0-9]+)*/g;

/** text.match(WORD) */
function words(text: string): string[] | null {
  return PLAIN.test(text) ? text.match(WORD_ASCII) : text.match(WORD);
}

/** The lower-case words of a text, possessives dropped (memoised for one run; callers only read the list). */
function tokens(text: string): string[] {
  return memoised(tokensRaw, text);
}

function tokensRaw(text: string): string[] {
  return (words(text.toLowerCase()) ?? []).map(dropPossessive);
}

/** The word without a possessive ’s or 's at its end: w.replace(/[’']s$/, ""). */
function dropPossessive(w: string): string {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === 115) {
    const c = w.charCodeAt(n - 2);
    if (c === 0x2019 || c === 39) return w.slice(0, n - 2);
  }
  return w;
}

/** The word starts with a capital letter: /^\p{Lu}/u, answered without the Unicode tables for ASCII. */
function capitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
}

/** Words plus "." at sentence ends and paragraph breaks, so a window never reaches into the next sentence. */
function indexTokens(text: string): string[] {
  const lower = text.toLowerCase();
  const found = PLAIN.test(lower)
    ? lower.match(/[A-Za-z0-9]+(?:[.,’'-][A-Za-z0-9]+)*|[.!?](?=["”’)]?(?:\s|$))|\n\n/g)
    : lower.match(/[\p{L}\p{N}]+(?:[.,’'-][\p{L}\p{N}]+)*|[.!?](?=["”’)]?(?:\s|$))|\n\n/gu);
  return (found ?? []).map((w) => (w === "\n\n" || w === "." || w === "!" || w === "?" ? "." : dropPossessive(w)));
}

/** The word index of a body, kept on the open run: the article's, and the simplified sentences' read beside it. */
function index(body: string): WordIndex {
  const run = currentRun();
  if (run === null) return buildIndex(body);
  let v = run.wordIndexes.get(body) as WordIndex | undefined;
  if (v === undefined) {
    v = buildIndex(body);
    run.wordIndexes.set(body, v);
  }
  return v;
}

function buildIndex(body: string): WordIndex {
  const words = indexTokens(body);
  const at = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  });
  return { words, at, around: new Map(), around8: new Map(), seen: new Map(), contained: new Map() };
}

function base(w: string): string {
  return IRREGULAR.get(w) ?? w;
}

/** Keys under which a word is found by sameEventWord-style matching: its 4- and 5-letter prefixes and itself. */
function keysOf(w: string): string[] {
  return memoised(keysOfRaw, w);
}

function keysOfRaw(w: string): string[] {
  const x = base(w);
  const keys = [`=${x}`];
  if (x.length >= 4) keys.push(`4${x.slice(0, 4)}`);
  if (x.length >= 6) keys.push(`5${x.slice(0, 5)}`);
  return keys;
}

/**
 * The keys an event word is looked up by: a short word matches longer forms of it ("meet" → "meetings"), a long
 * one matches words sharing its first five letters or a short word it starts with ("meeting" → "met" = "meet").
 */
function lookupKeys(e: string): string[] {
  return memoised(lookupKeysRaw, e);
}

function lookupKeysRaw(e: string): string[] {
  const x = base(e);
  if (x.length < 4) return [`=${x}`];
  if (x.length < 6) return [`4${x.slice(0, 4)}`];
  return [`5${x.slice(0, 5)}`, `=${x.slice(0, 4)}`, `=${x.slice(0, 5)}`];
}

/** The lower-case content words of a stem or statement: what event it is about. Names (capitalised) are left out. */
export function eventWords(text: string, exclude: string[] = []): string[] {
  const run = currentRun();
  if (run === null) return eventWordsRaw(text, exclude);
  const cacheKey = `${text}\u0000${exclude.join("\u0000")}`;
  const hit = run.events.get(cacheKey);
  if (hit) return hit;
  const out = eventWordsRaw(text, exclude);
  run.events.set(cacheKey, out);
  return out;
}

function eventWordsRaw(text: string, exclude: string[]): string[] {
  // (short lists: the words to skip are those of one answer or target, the result a stem's few words)
  const skip = exclude.length === 1 ? tokens(exclude[0]) : exclude.flatMap((e) => tokens(e));
  const out: string[] = [];
  for (const raw of words(text) ?? []) {
    if (capitalised(raw)) continue;
    const w = dropPossessive(raw.toLowerCase());
    if (w.length < 3 || NOT_EVENT.has(w) || /\d/.test(w) || skip.includes(w) || out.includes(w)) continue;
    out.push(w);
  }
  return out;
}

/** The event words within `window` words of a blank ("_____") or of a phrase inside a text. */
export function eventWordsNear(text: string, target: string, window = 8): string[] {
  const i = text.indexOf(target);
  if (i < 0) return eventWords(text);
  const before = lastPieces(text.slice(0, i), window);
  const after = firstPieces(text.slice(i + target.length), window + 1);
  return eventWords(`${before} ${after}`, [target]);
}

/** Where a phrase occurs in the body, as word positions [start, end). */
function occurrences(ix: WordIndex, phrase: string): Array<[number, number]> {
  let hit = ix.seen.get(phrase);
  if (!hit) {
    hit = findOccurrences(ix, phrase);
    ix.seen.set(phrase, hit);
  }
  return hit;
}

function findOccurrences(ix: WordIndex, phrase: string): Array<[number, number]> {
  const p = tokens(phrase).filter((w, k) => !(k === 0 && w === "the"));
  if (p.length === 0) return [];
  const out: Array<[number, number]> = [];
  for (const i of ix.at.get(p[0]) ?? []) {
    let ok = true;
    for (let k = 1; k < p.length && ok; k++) ok = ix.words[i + k] === p[k];
    if (ok) out.push([i, i + p.length]);
  }
  return out;
}

/** The keys of the words within `window` words of the option's mentions, in the same sentence. */
function around(ix: WordIndex, option: string, window: number): Set<string> {
  if (window === 8) {
    let bag = ix.around8.get(option);
    if (bag === undefined) {
      bag = aroundLower(ix, option, window);
      ix.around8.set(option, bag);
    }
    return bag;
  }
  return aroundLower(ix, option, window);
}

function aroundLower(ix: WordIndex, option: string, window: number): Set<string> {
  const cacheKey = `${window}|${option.toLowerCase()}`;
  let bag = ix.around.get(cacheKey);
  if (bag) return bag;
  bag = new Set();
  for (const [a, b] of occurrences(ix, option)) {
    let lo = a;
    while (lo > 0 && a - lo < window && ix.words[lo - 1] !== ".") lo--;
    let hi = b;
    while (hi < ix.words.length && hi - b < window && ix.words[hi] !== ".") hi++;
    for (let k = lo; k < hi; k++) {
      if (k >= a && k < b) continue;
      const w = ix.words[k];
      if (w.length < 3 || NOT_EVENT.has(w)) continue;
      for (const key of keysOf(w)) bag.add(key);
    }
  }
  ix.around.set(cacheKey, bag);
  return bag;
}

/**
 * The option is mentioned in the body within `window` words (in the same sentence) of one of the event words.
 * Matching is by shared prefix ("meet" finds "meetings"; 5 letters for long words), as sameEventWord.
 */
export function linkedInArticle(body: string, option: string, events: string[], window = 8): boolean {
  return linkedByKeys(body, option, eventKeys(events), window);
}

/** The keys event words are looked up by, for checking many options against the same events (linkedByKeys). */
export function eventKeys(events: string[]): string[] {
  const keys: string[] = [];
  for (const e of events) for (const k of lookupKeys(e)) keys.push(k);
  return keys;
}

/** linkedInArticle with the events' keys worked out once (eventKeys). */
export function linkedByKeys(body: string, option: string, keys: string[], window = 8): boolean {
  if (keys.length === 0) return false;
  const bag = around(index(body), option, window);
  if (bag.size === 0) return false;
  for (const k of keys) if (bag.has(k)) return true;
  return false;
}

/** The option is mentioned anywhere in the body (whole words). */
export function mentionedInArticle(body: string, option: string): boolean {
  return occurrences(index(body), option).length > 0;
}

/** Places the article writes as "A in B" or "A near B" (the control centre in Coimbra): one contains the other. */
export function containedInArticle(body: string, a: string, b: string): boolean {
  const ix = index(body);
  // the answer is the same both ways round: kept under both
  let hit = ix.contained.get(a)?.get(b);
  if (hit === undefined) {
    hit = containedIn(ix, a, b);
    containedRow(ix, a).set(b, hit);
    containedRow(ix, b).set(a, hit);
  }
  return hit;
}

function containedRow(ix: WordIndex, a: string): Map<string, boolean> {
  let row = ix.contained.get(a);
  if (row === undefined) {
    row = new Map();
    ix.contained.set(a, row);
  }
  return row;
}

function containedIn(ix: WordIndex, a: string, b: string): boolean {
  const pa = tokens(a).filter((w, k) => !(k === 0 && w === "the"));
  const pb = tokens(b).filter((w, k) => !(k === 0 && w === "the"));
  if (pa.length === 0 || pb.length === 0) return false;
  const follows = (x: string[], y: string[]) =>
    occurrences(ix, x.join(" ")).some(
      ([, e]) =>
        ((ix.words[e] === "in" || ix.words[e] === "near") && y.every((w, k) => ix.words[e + 1 + k] === w)) ||
        // "Birmingham, Alabama": the index drops the comma, so the place is followed directly by the one it is in
        // (not in a list: "Britain, France and Germany")
        (y.every((w, k) => ix.words[e + k] === w) && ix.words[e + y.length] !== "and" && ix.words[e + y.length] !== "or"),
    );
  return follows(pa, pb) || follows(pb, pa);
}
