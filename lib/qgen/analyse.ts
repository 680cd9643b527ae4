/**
 * Sentences and tokens with character offsets into the normalised body, from one wink-nlp pass.
 * Everything downstream works on these offsets, so evidence is always an exact slice of the body.
 */
import winkNLP, { type ItemEntity, type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { splitParagraphs } from "../content/normalize";

export interface Tok {
  /** index in the sentence */
  i: number;
  text: string;
  lower: string;
  pos: string;
  start: number;
  end: number;
}

export interface WinkEntity {
  type: string;
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  toks: Tok[];
  entities: WinkEntity[];
}

export interface Analysis {
  body: string;
  sentences: Sentence[];
  paragraphs: number;
}

let nlpInstance: ReturnType<typeof winkNLP> | null = null;
export function wink(): ReturnType<typeof winkNLP> {
  if (nlpInstance === null) nlpInstance = winkNLP(model);
  return nlpInstance;
}

export function analyse(body: string): Analysis {
  const nlp = wink();
  const its = nlp.its;
  const paragraphs = splitParagraphs(body);
  const sentences: Sentence[] = [];
  // wink-nlp treats "\n\n" as a sentence boundary anyway; reading paragraph by paragraph keeps offsets simple.
  for (const para of paragraphs) {
    const doc = nlp.readDoc(para.text);
    const values = doc.tokens().out() as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const offsets: Array<[number, number]> = [];
    let cursor = 0;
    for (const value of values) {
      let at = para.text.indexOf(value, cursor);
      if (at < 0 || at - cursor > 40) at = cursor; // wink never rewrites tokens in practice; stay safe
      offsets.push([para.start + at, para.start + at + value.length]);
      cursor = at + value.length;
    }
    const ents: Array<{ type: string; a: number; b: number }> = [];
    doc.entities().each((e: ItemEntity) => {
      const span = e.out(its.span) as unknown as [number, number];
      ents.push({ type: e.out(its.type) as string, a: span[0], b: span[1] });
    });
    doc.sentences().each((s: ItemSentence) => {
      const [a, b] = s.out(its.span) as unknown as [number, number];
      const toks: Tok[] = [];
      for (let k = a; k <= b; k++) {
        if (pos[k] === "SPACE") continue;
        const text = values[k];
        toks.push({ i: toks.length, text, lower: text.toLowerCase(), pos: pos[k], start: offsets[k][0], end: offsets[k][1] });
      }
      if (toks.length === 0) return;
      const start = toks[0].start;
      const end = toks[toks.length - 1].end;
      const entities: WinkEntity[] = ents
        .filter((e) => e.a >= a && e.b <= b)
        .map((e) => ({ type: e.type, start: offsets[e.a][0], end: offsets[e.b][1], text: body.slice(offsets[e.a][0], offsets[e.b][1]) }));
      sentences.push({ index: sentences.length, paragraph: para.index, start, end, text: body.slice(start, end), toks, entities });
    });
  }
  return { body, sentences, paragraphs: paragraphs.length };
}
