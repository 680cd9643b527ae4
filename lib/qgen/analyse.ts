/**
 * Sentences and tokens with character offsets into the normalised body, from one wink-nlp pass.
 * Everything downstream works on these offsets, so evidence is always an exact slice of the body.
 */
import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { splitParagraphs, type Paragraph } from "../content/normalize";
import { repairSentences } from "./repair";
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
  if (whole !== null) return { body, sentences: repairSentences(whole, body), paragraphs: paragraphs.length };
  const sentences: Sentence[] = [];
  for (const para of paragraphs) for (const s of read(para.text, para.start, body, [para]) ?? []) sentences.push({ ...s, index: sentences.length });
  return { body, sentences: repairSentences(sentences, body), paragraphs: paragraphs.length };
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
