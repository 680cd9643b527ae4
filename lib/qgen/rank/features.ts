/**
 * The ranker: what is known about a candidate question, as numbers (features), and the probability that a teacher
 * would give it to a class unedited, from weights fitted to blind reviewers' verdicts (`npm run eval:qgen -- fit`,
 * weights.json beside this file). Without fitted weights the writers' own scores stand in.
 */
import { memoised } from "../memo";
import type { Candidate, Ctx } from "../context";
import { overlapWithArticle } from "../model/paraphrase";
import { wordCount } from "../text";
import WEIGHTS from "./weights.json";

export type Features = Record<string, number>;

interface Weights {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** each writer's record on tuning texts: [acceptable, judged] */
  templates?: Record<string, [number, number]>;
}

/**
 * A writer's record counts as this many judged items of the average writer's rate: a writer judged 4 times at 4 of
 * 4 is expected at (4 + 4·0.3)/8, not at 100 %.
 */
export const PRIOR_WEIGHT = 4;

/** The writer of a candidate, as its features name it. */
export function templateOf(f: Features): string {
  for (const k in f) if (k.startsWith("template_")) return k.slice("template_".length);
  return "other";
}

/** The smoothed acceptable share of a writer from its record, toward the average of all writers. */
export function templateRate(records: Record<string, [number, number]>, template: string): number {
  let acc = 0;
  let n = 0;
  for (const k in records) {
    acc += records[k][0];
    n += records[k][1];
  }
  const mean = n === 0 ? 0.3 : acc / n;
  const r = Object.hasOwn(records, template) ? records[template] : [0, 0];
  return (r[0] + PRIOR_WEIGHT * mean) / (r[1] + PRIOR_WEIGHT);
}

/**
 * How far the feature model may move a writer's record. Cross-validated by text on the verdicts of rounds 1–2
 * (335 items): the record alone, log-loss 0.617 and AUC 0.63 against a constant's 0.647; the feature model alone
 * 0.638; the record moved by the model at full weight 0.672, at a tenth 0.622 (it breaks ties within a writer).
 */
export const MODEL_SHARE = 0.1;

/**
 * The probability of acceptance: the writer's smoothed record, moved a little by what the features say about this
 * item against an average item (the fitted model's probability here less its probability at the mean features).
 */
export function combine(rate: number, pModel: number, pAverage: number): number {
  return Math.max(0.001, Math.min(0.999, rate + MODEL_SHARE * (pModel - pAverage)));
}

const W = WEIGHTS as unknown as Partial<Weights>;
const fitted = Array.isArray(W.features) && W.features.length > 0 && Array.isArray(W.weights);

/** The stem as the student reads it, without the type's fixed lead-in. */
function stemOf(c: Candidate): string {
  return c.q.prompt.replace(/^True or false:\s*/, "");
}

export function featuresOf(c: Candidate, ctx: Ctx): Features {
  const n = Math.max(1, ctx.sentences.length);
  const first = c.sentences[0] ?? 0;
  const stem = stemOf(c);
  const answer = Array.isArray(c.q.answer) ? c.q.answer.join(" ") : c.q.answer;
  const f: Features = {
    [`type_${c.q.type}`]: 1,
    [`template_${c.template ?? "other"}`]: 1,
    [`kind_${c.kind}`]: 1,
    position: first / n,
    lead: first === 0 ? 1 : 0,
    centrality: ctx.centrality[first] ?? 0,
    stemWords: Math.min(1, wordCount(stem) / 40),
    answerWords: Math.min(1, wordCount(answer) / 20),
    stemOverlap: overlapWithArticle(stem, ctx.lowerBody),
    sentences: Math.min(1, c.sentences.length / 6),
    options: Math.min(1, (c.q.choices?.length ?? 0) / 4),
    news: memoised(isNews, ctx.lowerBody),
    heuristic: c.score,
  };
  for (const [k, v] of Object.entries(c.features ?? {})) f[k] = v;
  return f;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The probability that reviewers accept the candidate: fitted weights when there are some, else its score. */
export function acceptance(f: Features): number {
  if (!fitted) return Math.max(0, Math.min(1, f.heuristic ?? 0.5));
  // z = bias + Σ w·(x − mean)/scale = base + Σ (w/scale)·x over the features the candidate has
  let z = LINEAR.base;
  for (const k in f) {
    const c = LINEAR.coef.get(k);
    if (c !== undefined) z += c * f[k];
  }
  const records = (W as Weights).templates;
  if (records === undefined) return sigmoid(z);
  return combine(templateRate(records, templateOf(f)), sigmoid(z), sigmoid((W as Weights).bias));
}

/** The fitted weights as one constant and a coefficient per feature. */
const LINEAR = (() => {
  const coef = new Map<string, number>();
  let base = 0;
  if (fitted) {
    const w = W as Weights;
    base = w.bias;
    for (let k = 0; k < w.features.length; k++) {
      const s = w.scale[k] || 1;
      coef.set(w.features[k], w.weights[k] / s);
      base -= (w.weights[k] * w.mean[k]) / s;
    }
  }
  return { base, coef };
})();

/** Whether the text reports speech (news and the like): once per text. */
function isNews(lowerBody: string): number {
  return /\b(said|says)\b/.test(lowerBody) ? 1 : 0;
}
