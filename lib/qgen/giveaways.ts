/**
 * Whether a question would give away another's answer in the same quiz: select's checks (rank/select.ts), kept
 * apart from how it picks.
 */
import type { Candidate } from "./context";
import { normText } from "./rules";

/**
 * The sentences a question shows the reader, before or after answering: those its evidence spans (quoted in its
 * feedback) and, for several-sentence items, those its options and pairs quote.
 */
export function shownSentences(c: Candidate, sentenceOf: (offset: number) => number): number[] {
  const out = new Set<number>(c.sentences);
  const a = sentenceOf(c.q.evidence.start);
  const b = sentenceOf(Math.max(c.q.evidence.start, c.q.evidence.end - 1));
  for (let k = a; k <= b; k++) out.add(k);
  return [...out];
}

/**
 * Whether `a` gives away `b` when both are in one quiz: they show a sentence in common and `a` shows (in its stem,
 * options, pairs, feedback or evidence) `b`'s answer, or `b` is a statement (true/false, NOT said) whose sentence
 * `a` shows, so that its truth is there to read.
 */
export function givesAway(a: Candidate, b: Candidate, shared: boolean): boolean {
  if (!shared) return false;
  if (b.q.type === "true_false" || b.q.type === "not_said") return true;
  const shown = ` ${normText([a.q.prompt, ...(a.q.items ?? []), ...(a.q.choices ?? []), a.q.explanation, a.q.evidence.text].join(" | "))} `;
  // (a matching item is given away by what it pairs: a question on one of its sentences that shows an item)
  const keys = b.q.type === "matching" ? (b.q.items ?? []) : Array.isArray(b.q.answer) ? b.q.answer : [b.q.answer];
  const answers = keys.map(normText).filter((x) => x.length >= 2);
  return answers.some((x) => shown.includes(` ${x} `));
}
