/**
 * Lenient grading of typed answers (fill in the blank, short answer): case, punctuation, leading
 * articles, number words, currency symbols and small typos are forgiven; a different number or a
 * different name is not.
 */
import { CURRENCY_SYMBOLS, NUMBER_WORDS, SCALE_WORDS } from "./lexicon";
import { phraseValue, tokenValue } from "./numbers";

type Part = { num: number } | { word: string };

const OPTIONAL = new Set([
  "the", "a", "an", "about", "around", "roughly", "approximately", "nearly", "almost", "some", "at", "least", "more",
  "than", "over", "under", "just", "only", "up", "to", "of",
]);
const CURRENCY = new Set(["dollar", "pound", "euro", "yen", "us", "usd", "gbp", "eur"]);

function singular(w: string): string {
  if (w.length > 3 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/** Words and numbers: "$90 billion" → [dollar, 90000000000]; "ninety billion dollars" → the same. */
export function parts(text: string): Part[] {
  let t = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  for (const [sym, word] of Object.entries(CURRENCY_SYMBOLS)) t = t.split(sym).join(` ${word} `);
  t = t.replace(/(\d),(\d{3})/g, "$1$2").replace(/(\d),(\d{3})/g, "$1$2");
  t = t.replace(/(\d)\s*%/g, "$1 percent").replace(/\bper cent\b/g, "percent");
  t = t.replace(/(\d)(bn|m|k)\b/g, "$1 $2");
  t = t.replace(/[’']s\b/g, "").replace(/[^\p{L}\p{N}.\s-]+/gu, " ").replace(/(?<!\d)\.|\.(?!\d)/g, " ").replace(/-/g, " ");
  const words = t.split(/\s+/).filter(Boolean);
  const out: Part[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && (tokenValue(words[j]) !== null || (j > i && (words[j] in SCALE_WORDS || words[j] === "and")))) {
      if ((words[j] === "a" || words[j] === "an") && !(words[j + 1] in SCALE_WORDS)) break;
      j++;
    }
    while (j > i && words[j - 1] === "and") j--;
    if (j > i) {
      const v = phraseValue(words.slice(i, j));
      if (v !== null) {
        out.push({ num: v });
        i = j;
        continue;
      }
    }
    const w = words[i];
    if (!(w in NUMBER_WORDS) || w === "a" || w === "an") out.push({ word: singular(w) });
    i++;
  }
  return out;
}

/** Damerau-Levenshtein distance (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

function closeEnough(given: string, want: string): boolean {
  if (given === want) return true;
  const n = Math.max(given.length, want.length);
  const allowed = n <= 3 ? 0 : n <= 7 ? 1 : 2;
  // the first letter must match: "Putin"/"Rutin" differ as names, not by a typo
  return given[0] === want[0] && editDistance(given, want) <= allowed;
}

function matchOne(given: string, answer: string): boolean {
  const g = parts(given);
  const a = parts(answer);
  const gn = g.filter((p): p is { num: number } => "num" in p).map((p) => p.num);
  const an = a.filter((p): p is { num: number } => "num" in p).map((p) => p.num);
  if (gn.length !== an.length || gn.some((v, i) => v !== an[i])) return false;
  const gw = g.filter((p): p is { word: string } => "word" in p).map((p) => p.word).filter((w) => !OPTIONAL.has(w));
  const aw = a.filter((p): p is { word: string } => "word" in p).map((p) => p.word).filter((w) => !OPTIONAL.has(w));
  if (an.length > 0) {
    // with a number: the unit (currency, "minutes", "people") may be left out, but a given unit must match
    const unitsA = aw;
    for (const w of gw) if (!unitsA.some((x) => closeEnough(w, x)) && !(CURRENCY.has(w) && unitsA.length === 0)) return false;
    return gw.length > 0 || gn.length > 0;
  }
  if (gw.length === 0 || gw.length !== aw.length) return false;
  return gw.every((w, i) => closeEnough(w, aw[i]));
}

/** Is a typed answer right? Checks the canonical answer and its accepted variants. */
export function matchesTypedAnswer(given: string, answer: string, accept: string[] = []): boolean {
  if (typeof given !== "string" || given.trim().length === 0 || given.length > 300) return false;
  return [answer, ...accept].some((a) => matchOne(given, a));
}
