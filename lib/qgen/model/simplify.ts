/**
 * Sentence simplification, the first step of Heilman and Smith's question generation: the article's long
 * sentences made into short ones that say the same facts, so that a question is asked of a clause a reader can
 * follow instead of being cut out of forty words. Only deletions and splits, so every word of a simple sentence
 * is the article's and its facts are the article's:
 * - what is in brackets;
 * - an apposition after a name (", a government spokesman,"): a fact of its own (people.ts);
 * - a non-restrictive relative clause (", who …,", ", which …");
 * - a leading phrase set off by a comma that holds no time ("However,", "In a televised statement,");
 * - a trailing participle or "with" phrase (", killing …", ", with …");
 * - clauses joined by ";" or by ", but"/", and" before a new subject become sentences of their own.
 * A simple sentence that is the original unchanged is left out (the original is asked already).
 */
import type { Sentence, Tok } from "../analyse";

export interface Simple {
  /** the original sentence's index */
  sentence: number;
  text: string;
}

const RELATIVE = new Set(["who", "which", "whose", "where", "whom"]);
const TIME_WORD = /^(\d{3,4}|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|week|month|year|century|decade|morning|evening|night|spring|summer|autumn|winter)$/i;
const NEW_SUBJECT = /^(he|she|they|it|we|the|a|an|this|these|his|her|their|its)$/i;

function render(body: string, toks: Tok[], keep: boolean[]): string {
  let out = "";
  let prev = -1;
  for (let k = 0; k < toks.length; k++) {
    if (!keep[k]) continue;
    const t = toks[k];
    // the article's own spacing between neighbours; one space (none before punctuation) across a cut
    if (prev >= 0) out += prev === k - 1 ? body.slice(toks[prev].end, t.start) : /^[,.;:!?)’”]/.test(t.text) ? "" : " ";
    out += t.text;
    prev = k;
  }
  return out
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/,\s*,/g, ",")
    .replace(/,\s*\./g, ".")
    .replace(/\s{2,}/g, " ")
    .trim();
}

function sentenceCase(text: string): string {
  const t = text.replace(/^[,;:\s]+/, "");
  const c = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(c) ? c : c.replace(/[,;:]$/, "") + ".";
}

/** The comma-bounded span starting at token `a` (a comma before it): its end (the closing comma's index), or -1. */
function closingComma(toks: Tok[], a: number, max: number): number {
  for (let k = a; k < toks.length && k - a <= max; k++) {
    if (toks[k].text === "," || toks[k].text === ";") return k;
    if (/^[.!?]$/.test(toks[k].text)) return k;
  }
  return -1;
}

export function simplify(s: Sentence, body: string): Simple[] {
  const toks = s.toks;
  if (toks.length < 8 || /["“”]/.test(s.text)) return [];
  const keep = toks.map(() => true);
  // brackets
  let depth = 0;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].text === "(") depth++;
    if (depth > 0) keep[k] = false;
    if (toks[k].text === ")") depth = Math.max(0, depth - 1);
  }
  for (let k = 1; k < toks.length - 1; k++) {
    if (toks[k].text !== "," || !keep[k]) continue;
    const next = toks[k + 1];
    // apposition after a name / relative clause
    const afterName = toks[k - 1].pos === "PROPN";
    if ((afterName && /^(a|an|the)$/i.test(next.lower)) || RELATIVE.has(next.lower)) {
      const end = closingComma(toks, k + 1, 20);
      if (end < 0) continue;
      const last = /^[.!?]$/.test(toks[end].text);
      for (let j = k; j < end; j++) keep[j] = false;
      if (!last && toks[end].text === ",") keep[end] = false;
      k = end;
      continue;
    }
    // trailing participle or "with" phrase to the end of the sentence
    if ((next.pos === "VERB" && /ing$/.test(next.lower)) || next.lower === "with" || next.lower === "including") {
      const end = closingComma(toks, k + 1, 30);
      if (end >= 0 && /^[.!?]$/.test(toks[end].text)) for (let j = k; j < end; j++) keep[j] = false;
    }
  }
  // a leading phrase set off by a comma, holding no time
  const lead = closingComma(toks, 0, 8);
  if (lead > 0 && toks[lead].text === "," && /^(ADP|SCONJ|ADV|CCONJ)$/.test(toks[0].pos) && !toks.slice(0, lead).some((t) => TIME_WORD.test(t.text))) {
    for (let j = 0; j <= lead; j++) keep[j] = false;
  }
  // split into clauses: ";" and ", but"/", and" before a new subject
  const parts: boolean[][] = [];
  let cur = keep.map(() => false);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const splitHere =
      keep[k] && (t.text === ";" || (t.text === "," && /^(but|and)$/i.test(toks[k + 1]?.lower ?? "") && (NEW_SUBJECT.test(toks[k + 2]?.text ?? "") || toks[k + 2]?.pos === "PROPN") && toks[k + 3]?.pos !== "PUNCT"));
    if (splitHere) {
      parts.push(cur);
      cur = keep.map(() => false);
      if (t.text === ",") k++; // the conjunction goes too
      continue;
    }
    cur[k] = keep[k];
  }
  parts.push(cur);
  const out: Simple[] = [];
  const original = s.text.replace(/\s+/g, " ").trim();
  for (const p of parts) {
    const text = sentenceCase(render(body, toks, p));
    const words = text.split(/\s+/).length;
    if (words < 5 || words > 30 || text === original || /^(and|but|or|so)\b/i.test(text)) continue;
    out.push({ sentence: s.index, text });
  }
  return out;
}
