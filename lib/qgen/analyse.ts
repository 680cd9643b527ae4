/**
 * Sentences and tokens with character offsets into the normalised body, from one wink-nlp pass.
 * Everything downstream works on these offsets, so evidence is always an exact slice of the body.
 */
import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { splitParagraphs } from "../content/normalize";
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
  const nlp = tagger();
  const its = nlp.its;
  const paragraphs = splitParagraphs(body);
  const sentences: Sentence[] = [];
  // wink-nlp treats "\n\n" as a sentence boundary anyway; reading paragraph by paragraph keeps offsets simple.
  for (const para of paragraphs) {
    const doc = nlp.readDoc(para.text);
    const values = doc.tokens().out() as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    // where each token starts in the body (it ends value.length later)
    const starts: number[] = new Array(values.length);
    let cursor = 0;
    for (let k = 0; k < values.length; k++) {
      const value = values[k];
      let at = para.text.indexOf(value, cursor);
      if (at < 0 || at - cursor > 40) at = cursor; // wink never rewrites tokens in practice; stay safe
      starts[k] = para.start + at;
      cursor = at + value.length;
    }
    doc.sentences().each((s: ItemSentence) => {
      const [a, b] = s.out(its.span) as unknown as [number, number];
      const toks: Tok[] = [];
      for (let k = a; k <= b; k++) {
        if (pos[k] === "SPACE") continue;
        const text = values[k];
        toks.push({ i: toks.length, text, lower: text.toLowerCase(), pos: pos[k], start: starts[k], end: starts[k] + text.length });
      }
      if (toks.length === 0) return;
      const start = toks[0].start;
      const end = toks[toks.length - 1].end;
      const text = body.slice(start, end);
      sentences.push({ index: sentences.length, paragraph: para.index, start, end, text, words: wordCount(text), toks });
    });
  }
  return { body, sentences, paragraphs: paragraphs.length };
}
