/** Reading and writing numbers: "ninety" = 90, "$90 billion" = 9e10, and same-style perturbations. */
import { NUMBER_WORDS, SCALE_WORDS, TENS_WORDS, WORD_FOR_NUMBER } from "./lexicon";

/** The value of one numeric token ("3,000", "5.5", "fourteen", "forty-two"), or null. */
const tokenValueCache = new Map<string, number | null>();

export function tokenValue(token: string): number | null {
  const hit = tokenValueCache.get(token);
  if (hit !== undefined) return hit;
  const v = tokenValueRaw(token);
  if (tokenValueCache.size > 50000) tokenValueCache.clear();
  tokenValueCache.set(token, v);
  return v;
}

function tokenValueRaw(token: string): number | null {
  const t = token.toLowerCase().replace(/[,\u00A0]/g, "");
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (t in NUMBER_WORDS && t !== "a" && t !== "an") return NUMBER_WORDS[t];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(t);
  if (m) return NUMBER_WORDS[m[1]] + NUMBER_WORDS[m[2]];
  return null;
}

export function isScaleWord(token: string): boolean {
  return token.toLowerCase() in SCALE_WORDS && !["m", "k", "bn"].includes(token.toLowerCase());
}

/** The value of a run of number tokens ("ninety billion", "1.2 million", "two hundred and fifty"), or null. */
export function phraseValue(tokens: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of tokens) {
    const t = raw.toLowerCase();
    if (t === "and" && seen) continue;
    const v = tokenValue(t);
    if (v !== null) {
      current += v;
      seen = true;
      continue;
    }
    if (t in SCALE_WORDS && seen) {
      const s = SCALE_WORDS[t];
      if (s === 100) current *= 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
      continue;
    }
    return null;
  }
  return seen ? total + current : null;
}

export interface NumberStyle {
  words: boolean;
  scale: string | null;
  decimals: number;
  commas: boolean;
}

export function styleOf(text: string): NumberStyle {
  const scaleMatch = /\b(hundred|thousand|million|billion|trillion)\b/i.exec(text);
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(text);
  return {
    words: digits === null,
    scale: scaleMatch ? scaleMatch[1].toLowerCase() : null,
    decimals: digits && digits[1] ? digits[1].length : 0,
    commas: /\d,\d/.test(text),
  };
}

export function numberToWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 99) return null;
  if (n <= 20) return WORD_FOR_NUMBER[n];
  const tens = Math.floor(n / 10) * 10;
  const unit = n % 10;
  const tw = tens === 20 ? "twenty" : TENS_WORDS[tens];
  return unit === 0 ? tw : `${tw}-${WORD_FOR_NUMBER[unit]}`;
}

/** Write `value` in the style of the original number text (words, scale word, decimals, thousands commas). */
export function formatLike(value: number, style: NumberStyle): string {
  if (style.scale) {
    const s = SCALE_WORDS[style.scale];
    const v = value / s;
    const str = Number.isInteger(v) ? String(v) : v.toFixed(Math.max(1, style.decimals)).replace(/0+$/, "").replace(/\.$/, "");
    return `${str} ${style.scale}`;
  }
  if (style.words) {
    const w = numberToWords(value);
    if (w) return w;
  }
  const fixed = style.decimals > 0 ? value.toFixed(style.decimals) : String(Math.round(value));
  if (!style.commas && !(value >= 1000 && style.decimals === 0)) return fixed;
  const [int, frac] = fixed.split(".");
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${withCommas}.${frac}` : withCommas;
}

/** Round to a "nice" value with the same number of significant digits as the original. */
function nice(value: number, original: number, decimals: number): number {
  if (decimals > 0) return Number(value.toFixed(decimals));
  const mag = Math.pow(10, Math.max(0, Math.floor(Math.log10(Math.max(1, original))) - 1));
  return Math.max(1, Math.round(value / mag) * mag);
}

/**
 * Plausible wrong values of the same magnitude: other values from the article first (same unit),
 * then fixed multipliers. Never the original, never zero or negative, all distinct.
 */
/**
 * Multipliers for wrong numbers, in four orders: which one a question takes (`order`) decides whether the answer
 * tends to be the smallest, the second, the third or the largest of its options, so that its place among them
 * gives nothing away ("the second smallest is right" was true of 24 of 29 number items before).
 */
const MULTIPLIERS = [
  [2, 1.5, 3, 4, 0.5, 0.75, 0.25],
  [2, 0.5, 1.5, 3, 0.75, 4, 0.25],
  [0.5, 0.75, 1.5, 2, 0.25, 3, 4],
  [0.25, 0.5, 0.75, 2, 1.5, 3, 4],
];
const SMALL_MULTIPLIERS = [
  [2, 3, 1.5, 4, 0.5],
  [2, 0.5, 3, 1.5, 4],
  [0.5, 2, 1.5, 3, 4],
  [0.5, 0.25, 2, 3, 1.5],
];

export function perturb(value: number, text: string, articleValues: number[], count: number, avoid: Set<number>, order = 1, max = Infinity): string[] {
  const style = styleOf(text);
  const out: string[] = [];
  const used = new Set<number>([value, ...avoid]);
  const push = (v: number) => {
    // (never 1, which would read "one years"; never past `max`, a percentage past 100)
    if (!(v > 0) || v === 1 || v > max || used.has(v) || out.length >= count) return;
    if (style.words && numberToWords(v) === null && !style.scale) return;
    if (Number.isInteger(value) && value >= 1000 && value <= 2100 && !Number.isInteger(v)) return;
    // "9.5" stays in tenths: 19 would print as "19.0"
    if (style.decimals > 0 && Number.isInteger(v) && !style.scale) return;
    const text = formatLike(v, style);
    // the printed value must be the value: 230,000 is not "0.2 million"
    const back = phraseValue(text.replace(/,/g, "").split(/\s+/));
    if (back === null || Math.abs(back - v) > 1e-9 * Math.max(1, v)) return;
    used.add(v);
    out.push(text);
  };
  for (const v of articleValues) if (v !== value && v / value < 8 && value / v < 8) push(v);
  const multipliers = (value < 10 ? SMALL_MULTIPLIERS : MULTIPLIERS)[((order % 4) + 4) % 4];
  for (const m of multipliers) push(value < 10 && Number.isInteger(value) ? Math.round(value * m) : nice(value * m, value, style.decimals));
  for (let k = 1; out.length < count && k < 10; k++) push(value + k * Math.max(1, Math.round(value / 5)));
  return out;
}
