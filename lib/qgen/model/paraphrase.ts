/**
 * Whether a statement says a fact in the article's own words. A true statement that is a sentence or a clause of
 * the article, copied, tests word matching, not reading: it is never offered as true.
 */

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
  const body = ` ${words(lowerBody).join(" ")} `;
  const run = Math.max(Math.min(5, w.length), Math.ceil(0.8 * w.length));
  for (let k = 0; k + run <= w.length; k++) if (body.includes(` ${w.slice(k, k + run).join(" ")} `)) return true;
  return false;
}

/** Share (0..1) of the statement's words that stand in the longest run it shares with the article. */
export function overlapWithArticle(statement: string, lowerBody: string): number {
  const w = words(statement);
  if (w.length === 0) return 0;
  const body = ` ${words(lowerBody).join(" ")} `;
  for (let run = w.length; run > 0; run--) for (let k = 0; k + run <= w.length; k++) if (body.includes(` ${w.slice(k, k + run).join(" ")} `)) return run / w.length;
  return 0;
}
