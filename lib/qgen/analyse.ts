/**
 * Sentences and tokens with character offsets into the normalised body, from one wink-nlp pass.
 * Everything downstream works on these offsets, so evidence is always an exact slice of the body.
 */
import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { splitParagraphs, type Paragraph } from "../content/normalize";
import { wordCount } from "./text";

export interface Tok {
  /** index in the sentence */
  i: number;
  text: string;
  lower: string;
  pos: string;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** wordCount(text), asked by several templates */
  words: number;
  toks: Tok[];
}

export interface Analysis {
  body: string;
  sentences: Sentence[];
  paragraphs: number;
}

/**
 * A line with no full stop, question or exclamation mark at its end (a headline, a heading, a caption): part of
 * the text, but no sentence to ask about or to take names from ("Mary Seacole", "Town Votes to Save Library").
 */
export function isHeading(s: Sentence): boolean {
  return !/[.!?][”"’')\]]*$/.test(s.text);
}

let nlpInstance: ReturnType<typeof winkNLP> | null = null;
/** wink-nlp with its default pipeline (bench:qgen's yardstick). */
export function wink(): ReturnType<typeof winkNLP> {
  if (nlpInstance === null) nlpInstance = winkNLP(model);
  return nlpInstance;
}

let taggerInstance: ReturnType<typeof winkNLP> | null = null;
/**
 * wink-nlp with only the annotations analyse reads: sentence boundaries and parts of speech. Named entities,
 * negation and sentiment are left out of its pipeline; none of them changes tokens, sentences or tags.
 */
function tagger(): ReturnType<typeof winkNLP> {
  if (taggerInstance === null) taggerInstance = winkNLP(model, ["sbd", "pos"]);
  return taggerInstance;
}

export function analyse(body: string): Analysis {
  const paragraphs = splitParagraphs(body);
  // One read of the whole body: wink-nlp ends a sentence at a paragraph break ("\n\n") and tags each sentence
  // the same whether its paragraph is read alone or with the others. Should a sentence ever run across a break,
  // the body is read again paragraph by paragraph.
  const whole = read(body, 0, body, paragraphs);
  if (whole !== null) return { body, sentences: fixBreaks(joinSpeech(whole, body), body), paragraphs: paragraphs.length };
  const sentences: Sentence[] = [];
  for (const para of paragraphs) for (const s of read(para.text, para.start, body, [para]) ?? []) sentences.push({ ...s, index: sentences.length });
  return { body, sentences: fixBreaks(joinSpeech(sentences, body), body), paragraphs: paragraphs.length };
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
  const joined: Sentence[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const next = sentences[k + 1];
    if (next && s.toks.length === 2 && /^[A-Z][a-z]{1,4}$/.test(s.toks[0].text) && s.toks[1].text === "." && next.paragraph === s.paragraph && /^[A-Z]/.test(next.text)) {
      joined.push(sentenceOf([...s.toks, ...next.toks.map((t, i) => ({ ...t, i: i + 2 }))], s.paragraph, body));
      k++;
    } else joined.push(s);
  }
  const out: Sentence[] = [];
  for (const s of joined) {
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
  return out.map((s, index) => (s.index === index ? s : { ...s, index }));
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
  const join = (a: Sentence, b: Sentence) => sentenceOf([...a.toks, ...b.toks.map((t, i) => ({ ...t, i: a.toks.length + i }))], a.paragraph, body);
  for (let k = 0; k < sentences.length; k++) {
    let s = sentences[k];
    // an open quotation runs on to the sentence that closes it, if one does soon in the same paragraph (an
    // inch mark or a quotation never closed leaves the sentences as they are)
    if (quoteOpen(s.text)) {
      let text = s.text;
      for (let j = k + 1; j < sentences.length && j <= k + MAX_SPEECH && sentences[j].paragraph === s.paragraph; j++) {
        text += ` ${sentences[j].text}`;
        if (!quoteOpen(text)) {
          for (let m = k + 1; m <= j; m++) s = join(s, sentences[m]);
          k = j;
          break;
        }
      }
    }
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.paragraph === s.paragraph && SPEECH_END.test(prev.text) && /^\p{Ll}/u.test(s.text)) out[out.length - 1] = join(prev, s);
    else out.push(s);
  }
  return out.length === sentences.length ? sentences : out.map((s, index) => (s.index === index ? s : { ...s, index }));
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

function sentenceOf(toks: Tok[], paragraph: number, body: string): Sentence {
  const start = toks[0].start;
  const end = toks[toks.length - 1].end;
  const text = body.slice(start, end);
  return { index: -1, paragraph, start, end, text, words: wordCount(text), toks };
}

/**
 * The sentences of `text`, which starts at `offset` in the body, with their tokens; null when a sentence runs
 * across a paragraph break (the paragraphs given cover the text).
 */
function read(text: string, offset: number, body: string, paragraphs: Paragraph[]): Sentence[] | null {
  const nlp = tagger();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // where each token starts in the body (it ends value.length later)
  const starts: number[] = new Array(values.length);
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    let at = text.indexOf(value, cursor);
    if (at < 0 || at - cursor > 40) at = cursor; // wink never rewrites tokens in practice; stay safe
    starts[k] = offset + at;
    cursor = at + value.length;
  }
  const sentences: Sentence[] = [];
  let para = 0;
  let crossed = false;
  doc.sentences().each((s: ItemSentence) => {
    if (crossed) return;
    const [a, b] = s.out(its.span) as unknown as [number, number];
    const toks: Tok[] = [];
    for (let k = a; k <= b; k++) {
      if (pos[k] === "SPACE") continue;
      const value = values[k];
      toks.push({ i: toks.length, text: value, lower: value.toLowerCase(), pos: pos[k], start: starts[k], end: starts[k] + value.length });
    }
    if (toks.length === 0) return;
    const start = toks[0].start;
    const end = toks[toks.length - 1].end;
    while (para < paragraphs.length - 1 && start >= paragraphs[para].end) para++;
    if (end > paragraphs[para].end) {
      crossed = true;
      return;
    }
    const sentenceText = body.slice(start, end);
    sentences.push({ index: sentences.length, paragraph: paragraphs[para].index, start, end, text: sentenceText, words: wordCount(sentenceText), toks });
  });
  return crossed ? null : sentences;
}
