/**
 * Counting and cutting words as `text.split(/\s+/)` does, without building the array: the generator asks
 * "how many words" and "the first few words" of sentences and stems many times over.
 */

/** White space as /\s/ has it. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** text.split(/\s+/).length: one more than the runs of white space. */
export function wordCount(text: string): number {
  let n = 1;
  let inSpace = false;
  for (let k = 0; k < text.length; k++) {
    const space = isSpace(text.charCodeAt(k));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

/**
 * The first n pieces of text.split(/\s+/), as they stand in the text: white space is not collapsed, so this is
 * text.split(/\s+/).slice(0, n).join(" ") with each run of white space as written.
 */
export function firstPieces(text: string, n: number): string {
  let runs = 0;
  for (let k = 0; k < text.length; k++) {
    // k starts a run of white space
    if (isSpace(text.charCodeAt(k)) && (k === 0 || !isSpace(text.charCodeAt(k - 1))) && ++runs === n) return text.slice(0, k);
  }
  return text;
}

/** The last n pieces of text.split(/\s+/), as they stand in the text (see firstPieces). */
export function lastPieces(text: string, n: number): string {
  let runs = 0;
  for (let k = text.length; k > 0; k--) {
    // k - 1 ends a run of white space
    if (isSpace(text.charCodeAt(k - 1)) && (k === text.length || !isSpace(text.charCodeAt(k))) && ++runs === n) return text.slice(k);
  }
  return text;
}
