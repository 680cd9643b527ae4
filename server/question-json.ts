import "server-only";

/** The JSON columns of a Question row, parsed. Bad JSON reads as "absent" rather than crashing a page. */
export interface QuestionRow {
  id: string;
  type: string;
  prompt: string;
  choices: string | null;
  items: string | null;
  answer: string;
  accept: string | null;
}

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

export const questionChoices = (q: Pick<QuestionRow, "choices">): string[] => strings(parseJson(q.choices)) ?? [];
export const questionItems = (q: Pick<QuestionRow, "items">): string[] => strings(parseJson(q.items)) ?? [];
export const questionAccept = (q: Pick<QuestionRow, "accept">): string[] => strings(parseJson(q.accept)) ?? [];

/** The correct answer: a string, or string[] for matching (answer[i] belongs to items[i]). */
export function questionAnswer(q: Pick<QuestionRow, "answer">): string | string[] {
  const value = parseJson(q.answer);
  if (typeof value === "string") return value;
  return strings(value) ?? "";
}

/** A stored response's answer (JSON of what the student sent). */
export function parseStoredAnswer(json: string): string | string[] {
  const value = parseJson(json);
  if (typeof value === "string") return value;
  return strings(value) ?? "";
}

export const CHOICE_TYPES = new Set(["multiple_choice", "true_false", "not_said", "main_idea"]);
export const TYPED_TYPES = new Set(["fill_blank", "short_answer"]);
