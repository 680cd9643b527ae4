/**
 * Lines of an article that are no sentence to ask about: a list number or option label on its own ("23.", "C"),
 * a phone or fax line, a caption of a few words, a title-cased heading that ended in a full stop.
 */
import type { Sentence } from "../analyse";

const LABEL = /^\s*(?:\(?\d{1,3}[.)]|\(?[A-Ha-h][.)]|[IVX]{1,4}[.)])\s*/;
const PHONE = /(?:\+?\d[\d ().-]{7,}\d)|\b(?:tel|phone|fax|e-mail|email)\b[.:]?/i;
const SMALL = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from"]);

export function isJunk(s: Sentence): boolean {
  const text = s.text.trim();
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length <= 3) return true;
  if (LABEL.test(text) && !/^\d{1,3}[.)]\s+[a-z]/.test(text)) return true;
  if (PHONE.test(text)) return true;
  // Title Case Of Every Word (a heading that happens to end in a full stop)
  const big = words.filter((w) => !SMALL.has(w.toLowerCase()));
  if (big.length >= 3 && big.every((w) => /^[A-Z0-9“"(]/.test(w)) && !s.toks.some((t) => t.pos === "VERB" || t.pos === "AUX")) return true;
  return !s.toks.some((t) => t.pos === "VERB" || t.pos === "AUX");
}
