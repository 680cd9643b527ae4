// The question-generation contract shared by the engine, the CLI, the seed and the quiz.
// See docs/qgen.md and docs/architecture.md ("A quiz, from text to gradebook").

export type QuestionType =
  | "multiple_choice"
  | "true_false"
  | "fill_blank"
  | "short_answer"
  | "matching"
  | "not_said"
  | "main_idea";

export interface Evidence {
  /** Exactly body.slice(start, end) of the normalised article body. */
  text: string;
  start: number;
  end: number;
}

export interface GeneratedQuestion {
  /** Stable id: the same text, options and generator version give the same id. */
  id: string;
  type: QuestionType;
  prompt: string;
  /**
   * multiple_choice, not_said, main_idea: the options (answer is one of them).
   * true_false: ["True", "False"].
   * matching: the right-hand column (roles or statements), shuffled deterministically.
   * fill_blank, short_answer: absent.
   */
  choices?: string[];
  /** matching only: the left-hand column (e.g. people). */
  items?: string[];
  /**
   * multiple_choice, true_false, not_said, main_idea: the correct option's text.
   * fill_blank, short_answer: the canonical answer.
   * matching: answer[i] is the choice that belongs to items[i].
   */
  answer: string | string[];
  /** fill_blank, short_answer: other accepted forms of the answer (graded leniently on top of these). */
  accept?: string[];
  evidence: Evidence;
  /** Quotes the evidence. */
  explanation: string;
  difficulty: 1 | 2 | 3;
  /** with `explain`: the ranker's probability that a teacher uses it unedited, and the features it read */
  rank?: { p: number; features: Record<string, number> };
}

export interface QuestionSetOutput {
  article: { title: string; body: string; words: number; sentences: number };
  /** "<name>@<version>" */
  generator: string;
  /** The quiz: balanced over types, covering the whole article. */
  questions: GeneratedQuestion[];
  /** Further questions for review sessions, never duplicating `questions`. */
  pool: GeneratedQuestion[];
}

export interface GenerateOptions {
  /** Varies choices among equally good candidates and option order; default 1. */
  seed?: number;
  /** Number of quiz questions; default from the article's length (one per 25–40 words, 10 to 40). */
  count?: number;
  /** Attach each question's ranking (probability and features), for the evaluation loop. */
  explain?: boolean;
}
