import "server-only";
import { matchesTypedAnswer } from "@/lib/qgen";
import { CHOICE_TYPES, questionAccept, questionAnswer, questionChoices, questionItems, TYPED_TYPES, type QuestionRow } from "./question-rows";

export type GivenAnswer = string | string[];

export type GradeResult = { ok: true; correct: boolean; answer: GivenAnswer } | { ok: false; message: string };

const MAX_TYPED = 200;

/**
 * Grades what a student sent against the stored question. Only the server grades: the client never has the
 * answer. An answer of the wrong shape (not one of the options, a blank, a missing pair) is rejected with a
 * message instead of being stored as wrong. Returns the normalised answer to store.
 */
export function gradeAnswer(question: QuestionRow, given: GivenAnswer): GradeResult {
  const expected = questionAnswer(question);
  if (CHOICE_TYPES.has(question.type)) {
    if (typeof given !== "string" || !questionChoices(question).includes(given)) {
      return { ok: false, message: "Choose one of the options." };
    }
    return { ok: true, correct: given === expected, answer: given };
  }
  if (TYPED_TYPES.has(question.type)) {
    if (typeof given !== "string") return { ok: false, message: "Type your answer." };
    const text = given.trim().replace(/\s+/g, " ");
    if (!text) return { ok: false, message: "Type your answer before checking it." };
    if (text.length > MAX_TYPED) return { ok: false, message: `Keep your answer under ${MAX_TYPED} characters.` };
    const correct = typeof expected === "string" && matchesTypedAnswer(text, expected, questionAccept(question));
    return { ok: true, correct, answer: text };
  }
  if (question.type === "matching") {
    const items = questionItems(question);
    const choices = questionChoices(question);
    if (!Array.isArray(given) || given.length !== items.length || given.some((g) => !choices.includes(g))) {
      return { ok: false, message: "Pick a match for every item." };
    }
    const correct = Array.isArray(expected) && expected.length === given.length && given.every((g, i) => g === expected[i]);
    return { ok: true, correct, answer: given };
  }
  return { ok: false, message: "This question type can't be answered here." };
}

/** The correct answer as a student reads it ("Macron", or "Starmer → UK prime minister; …" for matching). */
export function describeAnswer(question: Pick<QuestionRow, "type" | "items">, answer: GivenAnswer): string[] {
  if (question.type === "matching" && Array.isArray(answer)) {
    const items = questionItems(question);
    return items.map((item, i) => `${item} → ${answer[i] ?? "—"}`);
  }
  return [Array.isArray(answer) ? answer.join(", ") : answer];
}
