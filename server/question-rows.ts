import "server-only";
import { normText } from "@/lib/qgen";
import type { GeneratedQuestion, QuestionType } from "@/lib/qgen/types";

// A Question row and a generated question, both ways: the one place that writes and reads the row's JSON
// columns (choices, items, answer, accept). Bad JSON reads as "absent" rather than crashing a page.

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

/** The columns grading and the review read. */
export type QuestionRow = { id: string } & Pick<QuestionRowData, "type" | "prompt" | "choices" | "items" | "answer" | "accept">;

// ---------------------------------------------------------------- question → row

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

// ---------------------------------------------------------------- row → question

function parseJson(json: string | null): unknown {
  if (json == null) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;

/** A JSON column holding a list of strings; undefined when it is empty, bad JSON or not such a list. */
export const stringList = (json: string | null): string[] | undefined => strings(parseJson(json));

export const questionChoices = (q: Pick<QuestionRow, "choices">): string[] => stringList(q.choices) ?? [];
export const questionItems = (q: Pick<QuestionRow, "items">): string[] => stringList(q.items) ?? [];
export const questionAccept = (q: Pick<QuestionRow, "accept">): string[] => stringList(q.accept) ?? [];

/** A stored answer (the question's key, or the JSON of what a student sent): a string, or string[] for matching. */
export function parseStoredAnswer(json: string): string | string[] {
  const value = parseJson(json);
  if (typeof value === "string") return value;
  return strings(value) ?? "";
}

/** The correct answer: a string, or string[] for matching (answer[i] belongs to items[i]). */
export const questionAnswer = (q: Pick<QuestionRow, "answer">): string | string[] => parseStoredAnswer(q.answer);

/** A stored question as the generator's shape again, for the rules and for editing. */
export function questionFromRow(row: Omit<QuestionRowData, "position" | "pool" | "editedByHuman" | "removed">): GeneratedQuestion {
  return {
    id: row.key,
    type: row.type as QuestionType,
    prompt: row.prompt,
    choices: stringList(row.choices),
    items: stringList(row.items),
    answer: questionAnswer(row),
    accept: stringList(row.accept),
    evidence: { start: row.evidenceStart, end: row.evidenceEnd, text: row.evidenceText },
    explanation: row.explanation,
    difficulty: (row.difficulty === 1 || row.difficulty === 3 ? row.difficulty : 2) as 1 | 2 | 3,
  };
}

export const CHOICE_TYPES = new Set(["multiple_choice", "true_false", "not_said", "main_idea"]);
export const TYPED_TYPES = new Set(["fill_blank", "short_answer"]);

// ---------------------------------------------------------------- what a question asks

/** Types whose prompt is the same for every question of the type ("Which of these does the article NOT say?"). */
const FIXED_PROMPT = new Set(["not_said", "main_idea", "matching"]);

/**
 * What a question asks, for telling a new question from one a set already holds under another key: the normalised
 * prompt, or for the types whose prompt never changes, the type and the answer (`answer` as stored, JSON).
 */
export function askedBy(type: string, prompt: string, answer: string): string {
  return FIXED_PROMPT.has(type) ? `${type}|${normText(answer)}` : normText(prompt);
}
