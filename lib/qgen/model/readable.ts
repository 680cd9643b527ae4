/**
 * Whether a question stem made by moving a wh-word into an article's sentence reads as a question of its own
 * (Heilman & Smith: transform only what simplification left simple). The constraints are general and kept here as
 * data: a stem of a few words ("Who died?") asks nothing a reader can place; a long one, or one whose commas do not
 * join a list ("Who led off, hit the ball …", "… lost tragically back, 2003?"), is a sentence cut into fragments.
 * What is quoted (“…”) counts as one word: a quotation is read whole.
 */
import { memoised } from "../memo";

const lowerCase = (text: string) => text.toLowerCase();

export const STEM_WORDS = { min: 4, max: 22 };
/** A comma inside a stem is fine where a list goes on: another comma, or "and"/"or", within this many words. */
const LIST_REACH = 4;

export function readableStem(prompt: string): boolean {
  const plain = prompt.replace(/“[^”]*”|"[^"]*"/g, "Q");
  const words = plain.split(/\s+/).filter(Boolean);
  if (words.length < STEM_WORDS.min || words.length > STEM_WORDS.max) return false;
  const parts = plain.split(/,\s+/);
  for (let k = 1; k < parts.length; k++) {
    const next = parts[k].split(/\s+/).slice(0, LIST_REACH + 1);
    const last = k === parts.length - 1;
    const continues = !last || next.some((w) => w === "and" || w === "or");
    if (!continues) return false;
    if (!last && parts[k].split(/\s+/).length > LIST_REACH) return false;
  }
  return true;
}

/**
 * Whether every occurrence of the answer in the evidence is cut from a hyphenated compound ("75 year" out of
 * "75-year-old", "old" out of "well-old"): such an answer is not a phrase of the article.
 */
export function cutFromCompound(answer: string, evidence: string): boolean {
  // (a cut needs a hyphen against the answer's first or last word: most answers are looked at no further)
  const parts = answer.split(" ");
  const first = parts[0];
  const last = parts[parts.length - 1];
  const lower = memoised(lowerCase, evidence);
  if (first === "" || (!lower.includes(`${last.toLowerCase()}-`) && !lower.includes(`-${first.toLowerCase()}`))) return false;
  // the answer's words, joined by a space or a hyphen
  const a = answer.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[ -]");
  const any = new RegExp(`(^|[^\\p{L}\\p{N}])${a}(?=$|[^\\p{L}\\p{N}])`, "giu");
  let found = false;
  for (const m of evidence.matchAll(any)) {
    found = true;
    const start = m.index + m[1].length;
    const end = start + m[0].length - m[1].length;
    const before = evidence[start - 1] ?? "";
    const after = evidence.slice(end, end + 2);
    if (!(before === "-" || /^-\p{L}/u.test(after))) return false;
  }
  return found;
}

