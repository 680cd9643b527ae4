/** Sentence centrality and the quiz's default size; the ranker is rank/features.ts, selection rank/select.ts. */
import type { Sentence } from "./analyse";
import { normText } from "./rules";

const STOP = new Set(["the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "is", "was", "were", "are", "be", "been", "has", "have", "had", "that", "this", "it", "as", "its", "their", "his", "her", "they", "he", "she", "which", "who", "but", "not", "no", "would", "could", "will", "after", "than", "more", "also", "any"]);

function stem(w: string): string {
  return w.length > 4 ? w.replace(/(ies|es|s|ed|ing)$/, "") : w;
}

/** 0..1 per sentence: how much it shares with the title and the rest of the article, plus a lead bonus. */
export function centrality(sentences: Sentence[], title: string): number[] {
  const bags = sentences.map((s) => new Set(s.toks.filter((t) => /^[a-z]/i.test(t.text) && !STOP.has(t.lower)).map((t) => stem(t.lower))));
  const df = new Map<string, number>();
  for (const b of bags) for (const w of b) df.set(w, (df.get(w) ?? 0) + 1);
  const titleWords = new Set(normText(title).split(" ").filter((w) => !STOP.has(w)).map(stem));
  const raw = bags.map((b, i) => {
    let shared = 0;
    let t = 0;
    for (const w of b) {
      shared += (df.get(w)! - 1) / Math.max(1, sentences.length - 1);
      if (titleWords.has(w)) t++;
    }
    return shared / Math.sqrt(Math.max(1, b.size)) + 0.5 * t + (i === 0 ? 0.6 : i === 1 ? 0.2 : 0);
  });
  const max = Math.max(...raw, 1e-9);
  return raw.map((r) => r / max);
}

/**
 * Default quiz length: one question per 20 words for short articles (a 400-word article gets 20), growing by one
 * per 40 words beyond 400 so longer articles stay near one per 25–30 words; at least 10, at most 40.
 */
export function defaultCount(words: number): number {
  return Math.max(10, Math.min(40, Math.round(Math.min(words / 20, 20 + (words - 400) / 40))));
}
