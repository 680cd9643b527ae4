/**
 * `fit`: the ranker's weights from reviewers' verdicts. L2-regularised logistic regression (acceptable = 1) on the
 * `features` the snapshots recorded, for judged items on TUNING texts only, fitted by a fixed number of Newton
 * steps on standardised features; 4-fold cross-validation by text beside a constant baseline.
 */
import { EvalError } from "./errors";
import { combine, templateOf, templateRate } from "../../../lib/qgen/rank/features";
import { cmp, readManifest, readSnapshots, readVerdicts, verdictByHash, writeAtomic, type EvalPaths } from "./data";

/** Strong regularisation: with a few hundred verdicts and ~80 features, weaker (1–20) fits worse than a constant in
 * cross-validation by text (round 1: log-loss 1.12 at 1, 0.74 at 20, 0.69 at 50 against 0.69). */
export const LAMBDA = 50;
export const NEWTON_STEPS = 25;
export const FOLDS = 4;
const EPS = 1e-15;

export interface Sample {
  text: string;
  hash: string;
  y: 0 | 1;
  features: Record<string, number>;
}

export interface Model {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export interface Weights extends Model {
  trainedOn: number;
  /** each writer's record on the tuning texts: [acceptable, judged] */
  templates: Record<string, [number, number]>;
  cv: { logLoss: number | null; auc: number | null; baselineLogLoss: number | null };
}

/** Each writer's record in the samples: [acceptable, judged], writers in name order. */
export function templateRecords(samples: Sample[]): Record<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const s of samples) {
    const t = templateOf(s.features);
    const r = out.get(t) ?? [0, 0];
    r[0] += s.y;
    r[1] += 1;
    out.set(t, r);
  }
  return Object.fromEntries([...out].sort((a, b) => cmp(a[0], b[0])));
}

/**
 * Judged items with features, on tuning texts only (a text the manifest marks held out, or does not list, is
 * never used). Features from the newest snapshot that recorded them for the item's hash. Sorted by text, then hash.
 */
export function trainingSamples(paths: EvalPaths): Sample[] {
  const tuning = new Set(
    readManifest(paths)
      .filter((t) => t.heldOut === false)
      .map((t) => t.id),
  );
  const features = new Map<string, Record<string, number>>();
  for (const snap of readSnapshots(paths).reverse())
    for (const r of snap.items) if (r.features !== undefined && !features.has(r.hash)) features.set(r.hash, r.features);
  const out: Sample[] = [];
  for (const v of verdictByHash(readVerdicts(paths)).values()) {
    if (!tuning.has(v.text)) continue;
    const f = features.get(v.item);
    if (f === undefined) continue;
    out.push({ text: v.text, hash: v.item, y: v.verdict === "acceptable" ? 1 : 0, features: f });
  }
  return out.sort((a, b) => cmp(a.text, b.text) || cmp(a.hash, b.hash));
}

function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Solves A x = b (A symmetric positive definite here) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    const d = M[c][c];
    if (d === 0) continue;
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / d;
      if (f !== 0) for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = M[r][r] === 0 ? 0 : s / M[r][r];
  }
  return x;
}

export function featureNames(samples: Sample[]): string[] {
  return [...new Set(samples.flatMap((s) => Object.keys(s.features)))].sort(cmp);
}

/** Fits the model on the samples over the given feature names (a feature missing on an item counts as 0). */
export function train(samples: Sample[], names: string[], lambda = LAMBDA, steps = NEWTON_STEPS): Model {
  const n = samples.length;
  const d = names.length;
  const raw = samples.map((s) => names.map((k) => s.features[k] ?? 0));
  const mean = names.map((_, j) => (n === 0 ? 0 : raw.reduce((t, x) => t + x[j], 0) / n));
  const scale = names.map((_, j) => {
    const v = n === 0 ? 0 : raw.reduce((t, x) => t + (x[j] - mean[j]) ** 2, 0) / n;
    return v > 0 ? Math.sqrt(v) : 1;
  });
  // column 0 is the bias (not regularised)
  const X = raw.map((x) => [1, ...x.map((v, j) => (v - mean[j]) / scale[j])]);
  const y = samples.map((s) => s.y);
  const objective = (t: number[]) => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j <= d; j++) z += X[i][j] * t[j];
      f += softplus(z) - y[i] * z;
    }
    for (let j = 1; j <= d; j++) f += (lambda / 2) * t[j] * t[j];
    return f;
  };
  let theta = new Array<number>(d + 1).fill(0);
  let f = objective(theta);
  for (let step = 0; step < steps; step++) {
    const g = theta.map((t, j) => (j === 0 ? 0 : lambda * t));
    const H = theta.map((_, a) => theta.map((__, b) => (a === b ? (a === 0 ? 1e-9 : lambda) : 0)));
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j <= d; j++) z += X[i][j] * theta[j];
      const p = sigmoid(z);
      const w = p * (1 - p);
      for (let a = 0; a <= d; a++) {
        g[a] += (p - y[i]) * X[i][a];
        for (let b = 0; b <= d; b++) H[a][b] += w * X[i][a] * X[i][b];
      }
    }
    const delta = solve(H, g);
    // halve the step until the objective does not rise
    let t = 1;
    let next = theta.map((v, j) => v - t * delta[j]);
    let fNext = objective(next);
    for (let k = 0; k < 40 && fNext > f; k++) {
      t /= 2;
      next = theta.map((v, j) => v - t * delta[j]);
      fNext = objective(next);
    }
    if (fNext > f) break;
    theta = next;
    f = fNext;
  }
  return { features: names, mean, scale, weights: theta.slice(1), bias: theta[0] };
}

export function predict(m: Model, features: Record<string, number>): number {
  let z = m.bias;
  m.features.forEach((k, j) => (z += (m.weights[j] * ((features[k] ?? 0) - m.mean[j])) / m.scale[j]));
  return sigmoid(z);
}

export function logLoss(ps: number[], ys: number[]): number {
  let s = 0;
  ps.forEach((p, i) => {
    const q = Math.min(1 - EPS, Math.max(EPS, p));
    s -= ys[i] === 1 ? Math.log(q) : Math.log(1 - q);
  });
  return s / ps.length;
}

/** Area under the ROC curve: the chance a random acceptable item scores above a random unacceptable one (ties ½). */
export function auc(ps: number[], ys: number[]): number | null {
  const order = ps.map((p, i) => i).sort((a, b) => ps[a] - ps[b]);
  let pos = 0;
  let neg = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && ps[order[j]] === ps[order[i]]) j++;
    const mid = (i + 1 + j) / 2; // average 1-based rank of the tie group
    for (let k = i; k < j; k++) if (ys[order[k]] === 1) rankSum += mid;
    i = j;
  }
  for (const y of ys) if (y === 1) pos++;
  else neg++;
  if (pos === 0 || neg === 0) return null;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Out-of-fold predictions, folds by text: the sorted distinct text ids, text i in fold i mod 4. */
export function crossValidate(samples: Sample[], names: string[]): Weights["cv"] {
  const texts = [...new Set(samples.map((s) => s.text))].sort(cmp);
  const fold = new Map(texts.map((t, i) => [t, i % FOLDS]));
  const ps: number[] = [];
  const base: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const trainSet = samples.filter((s) => fold.get(s.text) !== k);
    const test = samples.filter((s) => fold.get(s.text) === k);
    if (test.length === 0 || trainSet.length === 0) continue;
    const m = train(trainSet, names);
    const records = templateRecords(trainSet);
    const average = sigmoid(m.bias);
    const rate = trainSet.reduce((t, s) => t + s.y, 0) / trainSet.length;
    for (const s of test) {
      ps.push(combine(templateRate(records, templateOf(s.features)), predict(m, s.features), average));
      base.push(rate);
      ys.push(s.y);
    }
  }
  if (ys.length === 0) return { logLoss: null, auc: null, baselineLogLoss: null };
  return { logLoss: logLoss(ps, ys), auc: auc(ps, ys), baselineLogLoss: logLoss(base, ys) };
}

/** 6 significant digits (a small scale never rounds to 0); no negative zero. */
export function round6(x: number): number {
  const r = Number(x.toPrecision(6));
  return r === 0 ? 0 : r;
}

const roundNull = (x: number | null) => (x === null ? null : round6(x));

export function fitWeights(samples: Sample[]): Weights {
  if (samples.length === 0)
    throw new EvalError("nothing to fit: no item on a tuning text has both a verdict and features in a snapshot (snapshot a generator that gives rank features, then review and ingest a packet)");
  const pos = samples.filter((s) => s.y === 1).length;
  if (pos === 0 || pos === samples.length)
    throw new EvalError(`nothing to fit: all ${samples.length} judged items with features are ${pos === 0 ? "unacceptable" : "acceptable"}; the fit needs both`);
  // (the writer is the record's; the feature model says what distinguishes items of one writer)
  const names = featureNames(samples).filter((n) => !n.startsWith("template_"));
  const m = train(samples, names);
  const cv = crossValidate(samples, names);
  return {
    trainedOn: samples.length,
    templates: templateRecords(samples),
    features: names,
    mean: m.mean.map(round6),
    scale: m.scale.map(round6),
    weights: m.weights.map(round6),
    bias: round6(m.bias),
    cv: { logLoss: roundNull(cv.logLoss), auc: roundNull(cv.auc), baselineLogLoss: roundNull(cv.baselineLogLoss) },
  };
}

export function writeWeights(paths: EvalPaths, w: Weights): string {
  const ordered = {
    trainedOn: w.trainedOn,
    features: w.features,
    mean: w.mean,
    scale: w.scale,
    weights: w.weights,
    bias: w.bias,
    templates: w.templates,
    cv: w.cv,
  };
  writeAtomic(paths.weights, JSON.stringify(ordered, null, 2) + "\n");
  return paths.weights;
}
