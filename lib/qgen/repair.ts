/**
 * Repairs to the sentences wink-nlp finds: it ends a sentence at every full stop, question or exclamation mark
 * (inside quotations too, after a list item's number and after abbreviations such as "approx." and "et al.") and
 * runs on past a few others. Each repair keeps tokens and offsets exact: a sentence is still
 * `body.slice(start, end)`.
 */
import type { Sentence, Tok } from "./analyse";
import { wordCount } from "./text";

/** Every repair, in order: abbreviations joined across, direct speech joined, list markers taken off, cuts after "in.", "a.m.", …. */
export function repairSentences(sentences: Sentence[], body: string): Sentence[] {
  return fixBreaks(listItems(joinSpeech(joinAbbreviations(sentences, body), body), body), body);
}

/**
 * Abbreviations wink-nlp ends a sentence at: "Approx. 20% of recruits …" and "… by Riley et al. (2005), used …" are
 * one sentence each. One that never ends a sentence ("approx.", "cf.", "vs.") joins the next sentence of its
 * paragraph to it; "et al." and "etc." do when what follows goes on in lower case, with a number or a bracket.
 */
function joinAbbreviations(sentences: Sentence[], body: string): Sentence[] {
  const ends = (s: Sentence) => {
    const n = s.toks.length;
    if (n < 2 || s.toks[n - 1].text !== ".") return null;
    const w = s.toks[n - 2].lower;
    return NEVER_ENDS.has(w) ? "always" : MAY_END.has(w) ? "maybe" : null;
  };
  if (!sentences.some((s) => ends(s) !== null)) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const how = prev !== undefined && prev.paragraph === s.paragraph ? ends(prev) : null;
    if (how === "always" || (how === "maybe" && /^[\p{Ll}\d(]/u.test(s.text))) out[out.length - 1] = joined(prev!, s, body);
    else out.push(s);
  }
  return renumbered(out);
}

/** Abbreviations (without their full stop) that never end a sentence, and two that may. */
const NEVER_ENDS = new Set(["approx", "cf", "vs", "ca", "incl", "esp", "fig", "figs", "eq", "e.g", "i.e", "viz", "resp"]);
const MAY_END = new Set(["al", "etc"]);

/**
 * List items run together once the body is normalised ("1. Members must pay £15 a year. 2. Meetings are …",
 * "3. - Bring your own mug. - No dogs …"): wink-nlp reads "1." as a sentence of its own and keeps a bullet with
 * the sentence after it. An interview's "Q:" and "A:" are markers of the same kind. A sentence is cut before a
 * bullet that follows its full stop, its leading number or bullet is taken off, and a sentence left with nothing
 * else is dropped: "True or false: 1." asks nothing.
 */
function listItems(sentences: Sentence[], body: string): Sentence[] {
  if (!sentences.some((s) => isMarker(s.toks, 0) > 0 || s.toks.some((t, k) => BULLET.test(t.text) && ENDS.test(s.toks[k - 1]?.text ?? "")))) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    let piece: Tok[] = [];
    const flush = () => {
      let k = 0;
      for (let m = isMarker(piece, k); m > 0; m = isMarker(piece, k)) k += m;
      if (k < piece.length) out.push(k === 0 && piece.length === s.toks.length ? s : sentenceOf(piece.slice(k).map((t, i) => ({ ...t, i })), s.paragraph, body));
      piece = [];
    };
    for (let k = 0; k < s.toks.length; k++) {
      const t = s.toks[k];
      if (BULLET.test(t.text) && k > 0 && ENDS.test(s.toks[k - 1].text) && /^[A-Z]/.test(s.toks[k + 1]?.text ?? "")) flush();
      piece.push(t);
    }
    flush();
  }
  return out.length === sentences.length && out.every((s, k) => s === sentences[k]) ? sentences : renumbered(out);
}

const BULLET = /^[-*•–]$/;
const ENDS = /^[.!?]$/;

/** How many tokens a list marker at toks[k] takes ("1" "." / "2" ")" / "-" / an interview's "Q" ":"), or 0. */
function isMarker(toks: Tok[], k: number): number {
  const t = toks[k];
  if (t === undefined) return 0;
  if (k === 0 && (t.text === "Q" || t.text === "A") && toks[1]?.text === ":" && toks.length > 2) return 2;
  if (BULLET.test(t.text) && k + 1 < toks.length) return 1;
  if (t.pos === "NUM" && /^\d{1,2}$/.test(t.text) && /^[.)]$/.test(toks[k + 1]?.text ?? "")) return 2;
  if (/^\d{1,2}\.$/.test(t.text)) return 1;
  return 0;
}

/**
 * Sentence breaks wink-nlp gets wrong around abbreviations. It reads "in." and "no." as abbreviations (inches,
 * number) and "a.m."/"p.m." too, and so runs on past a sentence that ends with them when the next starts with a
 * name: "… had joined in. Pryce said …" is one sentence to it. Such a sentence is cut after the word ("in." and
 * "no." become a word and a full stop), unless a number comes before "in."/"no." ("12 in. wide") or a day or month
 * follows "a.m."/"p.m." ("9 a.m. Monday"). It also ends a sentence after a title it does not know ("Cllr.", "Rev."),
 * so a "sentence" of a short capitalised word and a full stop is joined to the one after it.
 */
function fixBreaks(sentences: Sentence[], body: string): Sentence[] {
  if (!sentences.some((s) => (s.toks.length === 2 && s.toks[1].text === ".") || s.toks.some((t) => ABBREVIATED.has(t.lower)))) return sentences;
  const pairs: Sentence[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const next = sentences[k + 1];
    if (next && s.toks.length === 2 && /^[A-Z][a-z]{1,4}$/.test(s.toks[0].text) && s.toks[1].text === "." && next.paragraph === s.paragraph && /^[A-Z]/.test(next.text)) {
      pairs.push(joined(s, next, body));
      k++;
    } else pairs.push(s);
  }
  const out: Sentence[] = [];
  for (const s of pairs) {
    let toks = s.toks;
    let k = cutAt(toks);
    while (k >= 0) {
      const t = toks[k];
      if (t.lower === "in." || t.lower === "no.") {
        const word: Tok = { ...t, text: t.text.slice(0, -1), lower: t.lower.slice(0, -1), pos: t.lower === "in." ? "ADP" : "DET", end: t.end - 1 };
        const stop: Tok = { i: k + 1, text: ".", lower: ".", pos: "PUNCT", start: t.end - 1, end: t.end };
        out.push(sentenceOf([...toks.slice(0, k), word, stop], s.paragraph, body));
      } else out.push(sentenceOf(toks.slice(0, k + 1), s.paragraph, body));
      toks = toks.slice(k + 1).map((x, i) => ({ ...x, i }));
      k = cutAt(toks);
    }
    out.push(toks === s.toks ? s : sentenceOf(toks, s.paragraph, body));
  }
  return renumbered(out);
}

/**
 * Sentence breaks wink-nlp puts inside direct speech. It ends a sentence at every full stop, question or
 * exclamation mark, quoted or not, so "“Are you coming?” asked Maya." becomes "“Are you coming?”" and "asked Maya.",
 * and "“Not today. Grandpa needs help.”" two sentences, one with an opening quotation mark and one with a closing
 * one. Such pieces are joined back (within a paragraph): a sentence whose quotation is still open runs on into
 * the next when one of the next few closes it, and a speech tag that starts in lower case ("asked Maya") belongs
 * to the quotation before it. A statement taken from half a quotation, or from a speech tag alone, would say
 * something the article does not.
 */
function joinSpeech(sentences: Sentence[], body: string): Sentence[] {
  if (!sentences.some((s) => s.text.includes('"') || s.text.includes("“") || s.text.includes("”"))) return sentences;
  const out: Sentence[] = [];
  for (let k = 0; k < sentences.length; k++) {
    let s = sentences[k];
    // an open quotation runs on to the sentence that closes it, if one does soon in the same paragraph (an
    // inch mark or a quotation never closed leaves the sentences as they are)
    if (quoteOpen(s.text)) {
      let text = s.text;
      for (let j = k + 1; j < sentences.length && j <= k + MAX_SPEECH && sentences[j].paragraph === s.paragraph; j++) {
        text += ` ${sentences[j].text}`;
        if (!quoteOpen(text)) {
          for (let m = k + 1; m <= j; m++) s = joined(s, sentences[m], body);
          k = j;
          break;
        }
      }
    }
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.paragraph === s.paragraph && SPEECH_END.test(prev.text) && /^\p{Ll}/u.test(s.text)) out[out.length - 1] = joined(prev, s, body);
    else out.push(s);
  }
  return out.length === sentences.length ? sentences : renumbered(out);
}

/** The most sentences after the first that one quotation is joined across. */
const MAX_SPEECH = 5;

/** A quotation ends the text, closed after a question or exclamation mark or a comma: "… coming?”" */
const SPEECH_END = /[?!,]["”’]$/;

/** The text opens a double quotation it does not close. */
function quoteOpen(text: string): boolean {
  let straight = 0;
  let open = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 34) straight++;
    else if (c === 0x201c) open++;
    else if (c === 0x201d) open--;
  }
  return straight % 2 === 1 || open > 0;
}

const ABBREVIATED = new Set(["in.", "no.", "a.m.", "p.m."]);
const DAY_OR_MONTH = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Where a sentence runs on past an abbreviated word (see fixBreaks), or -1. */
function cutAt(toks: Tok[]): number {
  for (let k = 1; k < toks.length - 1; k++) {
    const t = toks[k];
    if (!ABBREVIATED.has(t.lower) || !/^[A-Z]/.test(toks[k + 1].text)) continue;
    if (t.lower === "in." || t.lower === "no." ? toks[k - 1].pos !== "NUM" : !DAY_OR_MONTH.test(toks[k + 1].text)) return k;
  }
  return -1;
}

/** Sentence b read on from sentence a: one sentence, its tokens numbered on. */
function joined(a: Sentence, b: Sentence, body: string): Sentence {
  return sentenceOf([...a.toks, ...b.toks.map((t, i) => ({ ...t, i: a.toks.length + i }))], a.paragraph, body);
}

/** The sentences numbered in order again after a repair joined, cut or dropped some. */
function renumbered(sentences: Sentence[]): Sentence[] {
  return sentences.map((s, index) => (s.index === index ? s : { ...s, index }));
}

function sentenceOf(toks: Tok[], paragraph: number, body: string): Sentence {
  const start = toks[0].start;
  const end = toks[toks.length - 1].end;
  const text = body.slice(start, end);
  return { index: -1, paragraph, start, end, text, words: wordCount(text), toks };
}

