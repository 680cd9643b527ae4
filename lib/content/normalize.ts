/**
 * Text normalisation shared by the seed, the question generator and the reading page.
 *
 * The normalised body is the single coordinate system of Lectio: every evidence span is a pair of
 * JavaScript string offsets into it. Paragraphs are separated by exactly one blank line ("\n\n");
 * inside a paragraph all runs of white space are one space.
 */

/** Normalise a plain-text or Markdown body into Lectio's canonical form. */
export function normalizeBody(raw: string): string {
  const text = raw.normalize("NFC").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
  // Without blank lines, each line is its own paragraph (plain .txt files written one paragraph a line).
  const blocks = hasBlankLines ? text.split(/\n[ \t]*\n/) : text.split("\n");
  return blocks
    .map((block) => block.replace(/[\s\u00A0]+/g, " ").trim())
    .filter((block) => block.length > 0)
    .join("\n\n");
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** The paragraphs of a normalised body, with their offsets into it. */
export function splitParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const text of body.split("\n\n")) {
    if (text.length > 0) paragraphs.push({ index: paragraphs.length, start, end: start + text.length, text });
    start += text.length + 2;
  }
  return paragraphs;
}

/**
 * Text whose only letters and digits are ASCII ones: ASCII plus the quotation marks and dashes of edited prose
 * (none of them a letter or a digit, nor changed by NFKD or by removing accents). Code that matches words may then
 * take an ASCII path with the same results as its Unicode patterns.
 */
export const PLAIN = /^[\x00-\x7f‘’“”–—]*$/;

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The words of a text: runs of letters and digits, joined by single apostrophes, hyphens or dots ("don’t",
 * "well-known", "3.5"): as many as the Unicode pattern below finds, counted without building the matches
 * when the text's letters are all ASCII (the generator counts every article it reads).
 */
export function countWords(body: string): number {
  if (!PLAIN.test(body)) {
    const matches = body.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu);
    return matches ? matches.length : 0;
  }
  let n = 0;
  let k = 0;
  while (k < body.length) {
    if (!isAlnum(body.charCodeAt(k))) {
      k++;
      continue;
    }
    n++;
    for (;;) {
      while (k < body.length && isAlnum(body.charCodeAt(k))) k++;
      const j = body.charCodeAt(k);
      // a joiner continues the word only when a letter or digit follows it
      if ((j === 39 || j === 0x2019 || j === 45 || j === 46) && isAlnum(body.charCodeAt(k + 1))) k++;
      else break;
    }
  }
  return n;
}

/** Minutes to read at 220 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
