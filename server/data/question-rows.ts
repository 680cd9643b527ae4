import "server-only";
import { normText } from "@/lib/qgen";
import type { GeneratedQuestion } from "@/lib/qgen/types";

/** The Question columns of a generated question (JSON columns serialised), before it joins a set. */
export type QuestionRowData = {
  key: string;
  type: string;
  prompt: string;
  choices: string | null;
  items: string | null;
  answer: string;
  accept: string | null;
  evidenceStart: number;
  evidenceEnd: number;
  evidenceText: string;
  explanation: string;
  difficulty: number;
  position: number;
  pool: boolean;
  editedByHuman: boolean;
  removed: boolean;
};

export function questionRow(q: GeneratedQuestion, position: number, pool: boolean): QuestionRowData {
  return {
    key: q.id,
    type: q.type,
    prompt: q.prompt,
    choices: q.choices ? JSON.stringify(q.choices) : null,
    items: q.items ? JSON.stringify(q.items) : null,
    answer: JSON.stringify(q.answer),
    accept: q.accept ? JSON.stringify(q.accept) : null,
    evidenceStart: q.evidence.start,
    evidenceEnd: q.evidence.end,
    evidenceText: q.evidence.text,
    explanation: q.explanation,
    difficulty: q.difficulty,
    position,
    pool,
    editedByHuman: false,
    removed: false,
  };
}

/** Types whose prompt is the same for every question of the type ("Which of these does the article NOT say?"). */
const FIXED_PROMPT = new Set(["not_said", "main_idea", "matching"]);

/**
 * What a question asks, for telling a new question from one a set already holds under another key: the normalised
 * prompt, or for the types whose prompt never changes, the type and the answer (`answer` as stored, JSON).
 */
export function askedBy(type: string, prompt: string, answer: string): string {
  return FIXED_PROMPT.has(type) ? `${type}|${normText(answer)}` : normText(prompt);
}
