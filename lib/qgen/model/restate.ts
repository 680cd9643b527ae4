/**
 * A fact in other words than the article's: the statement of a sentence (templates/statements.ts) reworded so that
 * it is not a sentence or clause of the article copied, and a reader must have understood the sentence to judge it.
 * Three rewordings, general and safe, applied where they fit:
 * - a fronted time or place phrase moved to the end ("In 1888, Higuchi met …" → "Higuchi met … in 1888");
 * - a verb, adjective or adverb whose sense is clear (data/vocab.json) replaced by a common synonym of that sense,
 *   in the same form ("recounted" → "narrated", "temporarily" → "briefly");
 * - "he" or "she" written as the person the article model resolved it to (model/refs.ts, already in the statement).
 * The result counts only when it is no longer copied (model/paraphrase.ts): otherwise there is no restatement.
 */
import type { Tok } from "../analyse";
import type { Ctx } from "../context";
import { verbForms } from "../compromise";
import type { Statement } from "../templates/statements";
import { copiedFromArticle } from "./paraphrase";
import { withName } from "./refs";
import VOCAB from "../data/vocab.json";

type Pos = "v" | "a" | "r" | "n";
type Entry = [Pos, number, string, string[], number];
const TABLE = VOCAB as unknown as Record<string, Entry[]>;

const POS_OF: Record<string, Pos> = { VERB: "v", ADJ: "a", ADV: "r" };

const TIME_KINDS = new Set(["year", "date", "month", "weekday"]);

const k0IsName = (text: string, name: string) => text.startsWith(name);

/** A synonym is used only when it is itself a word of clear sense tagged this often (a common word, not "jointly"). */
const SYNONYM_MIN_TAGS = 2;

/** Verbs that carry grammar, not the fact: never replaced. */
const AUXILIARY = /^(be|is|are|was|were|been|being|have|has|had|having|do|does|did|will|would|shall|should|can|could|may|might|must|get|got|become|became)$/;

/** Prepositions that open a fronted time or place phrase ("In 1888,", "On Sunday,", "During the war,"). */
const FRONTED = /^(in|on|at|during|by|since|from|throughout|until|before|after|over|under|within)$/i;

export interface Restatement {
  text: string;
  /** what was done: "moved", "synonym", "name" */
  changes: string[];
}

function entry(word: string, pos: Pos): Entry | undefined {
  return Object.hasOwn(TABLE, word) ? TABLE[word].find((e) => e[0] === pos) : undefined;
}

/** The common synonym of `lemma`'s clear sense, one the article does not use, or null. */
function synonymOf(lemma: string, pos: Pos, lowerBody: string): string | null {
  const e = entry(lemma, pos);
  if (e === undefined) return null;
  for (const s of e[3]) {
    if (s === lemma || s.length < 3 || lowerBody.includes(s)) continue;
    const own = entry(s, pos);
    // (its own clearest sense is the same one: the synonym's gloss is this gloss)
    if (own === undefined || own[1] < SYNONYM_MIN_TAGS || own[2] !== e[2]) continue;
    return s;
  }
  return null;
}

/** The synonym in the form the article's word has, or null when that form cannot be made safely. */
function inflected(t: Tok, pos: Pos, lowerBody: string): string | null {
  const w = t.lower;
  if (pos !== "v") {
    const s = synonymOf(w, pos, lowerBody);
    return s;
  }
  if (AUXILIARY.test(w) || /ing$/.test(w)) return null;
  const f = verbForms(w);
  if (f === null) return null;
  const s = synonymOf(f.infinitive, "v", lowerBody);
  if (s === null) return null;
  const g = verbForms(s);
  if (g === null) return null;
  if (w === f.infinitive) return s;
  if (w === f.past) return g.past;
  if (w === f.present3) return g.present3;
  return null;
}

/** The statement reworded, or null when no safe rewording makes it other than the article's words. */
export function restate(ctx: Ctx, st: Statement): Restatement | null {
  const s = ctx.sentences[st.sentence];
  const toks = s.toks.filter((t) => t.start >= st.start && t.end <= st.end);
  if (toks.length < 5) return null;
  const changes: string[] = [];
  const words: string[] = toks.map((t) => t.text);
  const gaps: string[] = toks.map((t, k) => (k === 0 ? "" : ctx.body.slice(toks[k - 1].end, t.start)));
  // synonyms: at most two words, never the first (it may be capitalised) nor a name's
  let replaced = 0;
  for (let k = 1; k < toks.length && replaced < 2; k++) {
    const t = toks[k];
    const pos = POS_OF[t.pos];
    if (pos === undefined || !/^[a-z]{5,}$/.test(t.text)) continue;
    const syn = inflected(t, pos, ctx.lowerBody);
    if (syn === null) continue;
    words[k] = syn;
    // "a" or "an" before an adjective that changed
    if (k > 0 && /^(a|an)$/i.test(words[k - 1])) {
      const an = /^[aeiou]/.test(syn);
      words[k - 1] = words[k - 1][0] + (an ? "n" : "");
      if (words[k - 1].length === 1 && /^A/.test(words[k - 1])) words[k - 1] = "A";
    }
    replaced++;
  }
  if (replaced > 0) changes.push("synonym");
  let text = words.map((w, k) => gaps[k] + w).join("");
  // a fronted time or place phrase goes to the end
  const comma = toks.findIndex((t, k) => k > 1 && k < 10 && t.text === ",");
  if (FRONTED.test(toks[0].text) && comma > 0 && !toks.slice(0, comma).some((t) => t.pos === "VERB" || t.pos === "AUX") && /^(PROPN|DET|NOUN|PRON|ADJ|NUM)$/.test(toks[comma + 1]?.pos ?? "")) {
    const front = words.slice(0, comma).map((w, k) => (k === 0 ? "" : gaps[k]) + w).join("");
    const restWords = words.slice(comma + 1);
    const rest = restWords.map((w, k) => (k === 0 ? "" : gaps[comma + 1 + k]) + w).join("");
    const end = /[.!?]$/.test(rest) ? rest.slice(-1) : ".";
    const body = rest.replace(/\s*[.!?]$/, "");
    const first = toks[comma + 1];
    const lead = first.pos === "PROPN" || /^[A-Z]{2,}/.test(first.text) ? body : body.charAt(0).toLowerCase() + body.slice(1);
    text = `${lead.charAt(0).toUpperCase()}${lead.slice(1)} ${front.charAt(0).toLowerCase()}${front.slice(1)}${end}`;
    changes.push("moved");
  }
  else {
    // a closing time phrase goes to the front ("… won the election on Sunday." → "On Sunday, … won the election.")
    const last = toks.length - (/^[.!?]$/.test(toks[toks.length - 1].text) ? 2 : 1);
    const time = ctx.slots[st.sentence].find((x) => TIME_KINDS.has(x.kind) && x.end === toks[last]?.end);
    if (time !== undefined && last > 4) {
      const at = toks.findIndex((t) => t.start >= time.start);
      let prep = at - 1;
      while (prep > at - 4 && prep > 2 && !/^(in|on|during|since)$/i.test(toks[prep].text)) prep--;
      if (prep > 2 && /^(in|on|during|since)$/i.test(toks[prep].text) && toks[prep - 1].text !== "," && !toks.slice(prep, last).some((t) => t.pos === "VERB" || t.text === ",")) {
        const phrase = words.slice(prep, last + 1).map((w, k) => (k === 0 ? "" : gaps[prep + k]) + w).join("");
        const main = words.slice(0, prep).map((w, k) => (k === 0 ? "" : gaps[k]) + w).join("").replace(/,\s*$/, "");
        const first = toks[0];
        const lead = first.pos === "PROPN" || /^[A-Z]{2,}/.test(first.text) || (st.who !== undefined && k0IsName(main, st.who.short)) ? main : main.charAt(0).toLowerCase() + main.slice(1);
        text = `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}, ${lead}.`;
        changes.push("moved");
      }
    }
  }
  text = text.replace(/\s+/g, " ").trim();
  if (!/[.!?]$/.test(text)) text += ".";
  text = text.charAt(0).toUpperCase() + text.slice(1);
  if (st.who !== undefined) {
    const named = withName(text, st.who);
    if (named !== text) {
      text = named;
      changes.push("name");
    }
  }
  if (changes.length === 0 || copiedFromArticle(text, ctx.lowerBody)) return null;
  return { text, changes };
}
