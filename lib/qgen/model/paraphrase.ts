/**
 * Whether a statement says a fact in the article's own words. A true statement that is a sentence or a clause of
 * the article, copied, tests word matching, not reading: it is never offered as true.
 */
import { memoised } from "../memo";

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9' ]+/g, " ")
    .split(" ")
    .filter(Boolean);
}

/**
 * The statement is copied when a run of at least four fifths of its words (and at least five) stands in the
 * article word for word. `lowerBody` is the article body in lower case.
 */
export function copiedFromArticle(statement: string, lowerBody: string): boolean {
  const w = words(statement);
  if (w.length === 0) return false;
  const run = Math.max(Math.min(5, w.length), Math.ceil(0.8 * w.length));
  return longestRun(w, bodyIndex(lowerBody)) >= run;
}

/** Share (0..1) of the statement's words that stand in the longest run it shares with the article. */
export function overlapWithArticle(statement: string, lowerBody: string): number {
  const w = words(statement);
  if (w.length === 0) return 0;
  return longestRun(w, bodyIndex(lowerBody)) / w.length;
}

interface BodyWords {
  words: string[];
  /** where each word stands */
  at: Map<string, number[]>;
}

function bodyIndexRaw(lowerBody: string): BodyWords {
  const list = words(lowerBody);
  const at = new Map<string, number[]>();
  list.forEach((x, i) => {
    const l = at.get(x);
    if (l) l.push(i);
    else at.set(x, [i]);
  });
  return { words: list, at };
}

/** The article's words and where each stands, once per run (a statement is checked against it many times). */
function bodyIndex(lowerBody: string): BodyWords {
  return memoised(bodyIndexRaw, lowerBody);
}

/** The longest run of `w` that stands word for word in the body. */
function longestRun(w: string[], b: BodyWords): number {
  let best = 0;
  for (let k = 0; k + best < w.length; k++)
    for (const p of b.at.get(w[k]) ?? []) {
      let n = 1;
      while (k + n < w.length && b.words[p + n] === w[k + n]) n++;
      if (n > best) best = n;
    }
  return best;
}
