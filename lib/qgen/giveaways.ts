/**
 * Whether a question would give away another's answer in the same quiz: select's checks (rank.ts), kept apart
 * from how it picks. A quiz is built by adding questions one by one; this holds what it has shown so far.
 */
import type { Candidate } from "./context";
import { normText } from "./rules";

/** Question types over several sentences: their options quote sentences that other questions ask about. */
export const MULTI = new Set(["not_said", "matching", "main_idea"]);

/**
 * How far a question must keep clear of what the set's several-sentence items quote: "all" — no true/false item
 * on a quoted sentence, nothing else on the sentence a NOT-said item changes, nothing they answer; "answers" —
 * only nothing they answer; "none" — nothing.
 */
export type Care = "all" | "answers" | "none";

/** Some of the (space-padded) words occur in the (space-padded) text. */
function includesAny(text: string, padded: string[]): boolean {
  for (const w of padded) if (text.includes(w)) return true;
  return false;
}


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

export class GiveAways {
  /** single-sentence questions in the set, by sentence */
  private readonly bySentence = new Map<number, Candidate[]>();
  /** several-sentence items in the set, by the sentences they quote */
  private readonly multiOn = new Map<number, Candidate[]>();
  private readonly answerTable = new Map<Candidate, string[]>();
  private readonly shownTable = new Map<Candidate, string>();
  private readonly promptTable = new Map<Candidate, string>();
  private readonly standingTable = new Map<Candidate, number>();

  /** Notes a question taken into the set. */
  add(c: Candidate): void {
    const on = MULTI.has(c.q.type) ? this.multiOn : this.bySentence;
    for (const x of c.sentences) on.set(x, [...(on.get(x) ?? []), c]);
  }

  /**
   * A single-sentence question that shows the answer of another on its sentences, or whose answer another shows
   * (a statement or cloze sentence that contains it; answers of true/false items are not facts), asked in two
   * stages. "early", before the candidate is completed: whether a question near it shows its answer, or its prompt
   * shows theirs, which needs nothing completion makes, so that such a candidate is never completed. "complete",
   * after it passed the early stage and was completed: whether what it shows now (its options too) shows theirs.
   */
  leaks(c: Candidate, stage: "early" | "complete"): boolean {
    if (MULTI.has(c.q.type)) return false;
    // the questions on its sentences, each once, in the order first met (one sentence: that sentence's list,
    // which holds each question once)
    let near: Candidate[];
    if (c.sentences.length === 1) {
      const list = this.bySentence.get(c.sentences[0]);
      if (list === undefined || list.length === 0) return false;
      near = list;
    } else {
      near = [...new Set(c.sentences.flatMap((x) => this.bySentence.get(x) ?? []))];
      if (near.length === 0) return false;
    }
    const mine = this.answersOf(c);
    const early = stage === "early";
    const text = early ? this.promptText(c) : this.shownText(c);
    for (let k = 0; k < near.length; k++) {
      const d = near[k];
      // (a question near it that shows this one's answer was found at the early stage)
      if (early && includesAny(this.shownText(d), mine)) return true;
      if (includesAny(text, this.answersOf(d))) return true;
    }
    return false;
  }

  /**
   * A single question that the set's several-sentence items answer or quote, as far as `care` minds. They are all
   * added before any other question, so how a question stands to them is worked out once.
   */
  quoted(c: Candidate, care: Care): boolean {
    if (care === "none" || MULTI.has(c.q.type)) return false;
    let n = this.standingTable.get(c);
    if (n === undefined) {
      n = this.standing(c);
      this.standingTable.set(c, n);
    }
    return n >= (care === "all" ? 1 : 2);
  }

  /** 0 clear; 1 a true/false item on a sentence they quote, or a question on the sentence a NOT-said item changes; 2 answered by them. */
  private standing(c: Candidate): number {
    let n = 0;
    for (const x of c.sentences)
      for (const d of this.multiOn.get(x) ?? []) {
        const shown = this.shownText(d);
        // (a true/false statement on the sentence a NOT-said item changes is one of its options, or the true
        // version of its answer)
        if (includesAny(shown, this.answersOf(c)) || this.showsItem(c, d) || (c.q.type === "true_false" && d.q.type === "not_said" && x === d.sentences[0])) n = 2;
        else if (c.q.type === "true_false" || (d.q.type === "not_said" && x === d.sentences[0])) n = Math.max(n, 1);
      }
    return n;
  }

  /**
   * A question whose own text shows what a matching item pairs with a phrase from its sentence ("Soon a line of
   * at least 60 townspeople had formed …" next to "at least 60 ↔ Soon a line of ___ townspeople had formed").
   */
  private showsItem(c: Candidate, d: Candidate): boolean {
    if (d.q.type !== "matching" || !d.q.items) return false;
    const text = this.promptText(c);
    return d.q.items.some((item) => {
      const n = normText(item);
      return n.length >= 2 && text.includes(` ${n} `);
    });
  }

  /**
   * The normalised answers that count as facts (none for true/false, NOT-said and main-idea items), each with a
   * space at each end, to be looked for as whole words.
   */
  private answersOf(c: Candidate): string[] {
    let v = this.answerTable.get(c);
    if (v === undefined) {
      v =
        c.q.type === "true_false" || c.q.type === "not_said" || c.q.type === "main_idea"
          ? []
          : (Array.isArray(c.q.answer) ? c.q.answer : [c.q.answer])
              .map(normText)
              .filter((a) => a.length >= 2)
              .map((a) => ` ${a} `);
      this.answerTable.set(c, v);
    }
    return v;
  }

  /** The question's prompt, normalised, with a space at each end. */
  private promptText(c: Candidate): string {
    let v = this.promptTable.get(c);
    if (v === undefined) {
      v = ` ${normText(c.q.prompt)} `;
      this.promptTable.set(c, v);
    }
    return v;
  }

  /** Everything the question shows, normalised, with a space at each end (asked once it is complete). */
  private shownText(c: Candidate): string {
    let v = this.shownTable.get(c);
    if (v === undefined) {
      v = ` ${normText([c.q.prompt, ...(c.q.items ?? []), ...(c.q.choices ?? [])].join(" | "))} `;
      this.shownTable.set(c, v);
    }
    return v;
  }
}
