import "server-only";
import { randomBytes } from "node:crypto";
import type { GeneratedQuestion } from "@/lib/qgen/types";
import { shuffled } from "@/lib/qgen/rng";
import type { ManualQuestionInput, QuestionEdit } from "@/lib/validation/teacher-article";
import { db } from "../../db";
import { questionFromRow, questionRow } from "../../question-rows";
import { checkQuestion } from "./checks";
import { articleOf, editableSet, fail, nextPosition, NOT_FOUND, touch, type Failure, type Ok, type Tx } from "./working-set";

// A teacher's edits of the working set's questions: wording and answers, removing and restoring, the quiz and the
// review pool, order, and questions written by hand. Each runs in one transaction on an editable set.

/** A question of the teacher's working set, found by id (in the set the page showed) and then by key in the editable set. */
async function editableQuestion(tx: Tx, userId: string, questionId: string) {
  const shown = await tx.question.findFirst({
    where: { id: questionId, set: { version: { article: { authorId: userId } } } },
    select: { key: true, set: { select: { version: { select: { articleId: true } } } } },
  });
  if (!shown) return null;
  const articleId = shown.set.version.articleId;
  const editable = await editableSet(tx, userId, articleId);
  if (!editable) return null;
  const question = await tx.question.findUnique({ where: { setId_key: { setId: editable.setId, key: shown.key } } });
  if (!question) return null;
  return { question, articleId, body: editable.body, setId: editable.setId };
}

/**
 * The right-hand column of an edited matching question: the matches in their old order when they are the same
 * matches, else in a fixed shuffled order (never by item, which would give the pairs away).
 */
function matchingChoices(current: GeneratedQuestion, matches: string[]): string[] {
  const old = current.choices ?? [];
  if (old.length === matches.length && [...old].sort().join("\u0000") === [...matches].sort().join("\u0000")) return old;
  const order = shuffled(matches, 1, matches.join("|"));
  // a shuffle that happens to keep every match beside its item is turned one step
  return order.every((m, i) => m === matches[i]) ? [...order.slice(1), order[0]] : order;
}

/** Save a teacher's edit of a question (wording, options, correct answer, explanation). Marks it edited by a human. */
export async function updateQuestion(userId: string, edit: QuestionEdit): Promise<Ok | Failure> {
  return db.$transaction(async (tx): Promise<Ok | Failure> => {
    const found = await editableQuestion(tx, userId, edit.questionId);
    if (!found) return NOT_FOUND;
    const { question, body } = found;
    const current = questionFromRow(question);
    let next: GeneratedQuestion;
    if (edit.kind === "choice") {
      if (!["multiple_choice", "not_said", "main_idea"].includes(current.type)) return fail("This question has no options to edit.");
      next = { ...current, prompt: edit.prompt, explanation: edit.explanation, choices: edit.options.choices, answer: edit.options.answer };
    } else if (edit.kind === "true_false") {
      if (current.type !== "true_false") return fail("This question is not a true-or-false statement.");
      next = { ...current, prompt: edit.prompt, explanation: edit.explanation, answer: edit.answer };
    } else if (edit.kind === "typed") {
      if (!["fill_blank", "short_answer"].includes(current.type)) return fail("This question has no typed answer.");
      next = { ...current, prompt: edit.prompt, explanation: edit.explanation, answer: edit.answer, accept: edit.accept };
    } else {
      if (current.type !== "matching") return fail("This question has no pairs to match.");
      next = { ...current, prompt: edit.prompt, explanation: edit.explanation, items: edit.pairs.items, answer: edit.pairs.matches, choices: matchingChoices(current, edit.pairs.matches) };
    }
    const { errors } = checkQuestion(next, body);
    if (errors.length > 0) return { ok: false, message: errors.join(" ") };
    const row = questionRow(next, question.position, question.pool);
    await tx.question.update({
      where: { id: question.id },
      data: { prompt: row.prompt, choices: row.choices, items: row.items, answer: row.answer, accept: row.accept, explanation: row.explanation, editedByHuman: true },
    });
    await touch(tx, found.articleId);
    return { ok: true, articleId: found.articleId };
  });
}

/** Remove a question from the quiz (kept, marked removed, so regenerating never brings it back), or restore it. */
export async function setQuestionRemoved(userId: string, questionId: string, removed: boolean): Promise<Ok | Failure> {
  return db.$transaction(async (tx): Promise<Ok | Failure> => {
    const found = await editableQuestion(tx, userId, questionId);
    if (!found) return NOT_FOUND;
    const position = removed ? found.question.position : await nextPosition(tx, found.setId);
    await tx.question.update({ where: { id: found.question.id }, data: { removed, position, editedByHuman: true } });
    await touch(tx, found.articleId);
    return { ok: true, articleId: found.articleId };
  });
}

/** Move a question between the quiz and the review pool (where regenerated questions are offered). */
export async function setQuestionPool(userId: string, questionId: string, pool: boolean): Promise<Ok | Failure> {
  return db.$transaction(async (tx): Promise<Ok | Failure> => {
    const found = await editableQuestion(tx, userId, questionId);
    if (!found) return NOT_FOUND;
    await tx.question.update({
      where: { id: found.question.id },
      data: { pool, removed: false, position: await nextPosition(tx, found.setId) },
    });
    await touch(tx, found.articleId);
    return { ok: true, articleId: found.articleId };
  });
}

/** Move a quiz question one place up or down (among the quiz's questions). */
export async function moveQuestion(userId: string, questionId: string, direction: "up" | "down"): Promise<Ok | Failure> {
  return db.$transaction(async (tx): Promise<Ok | Failure> => {
    const found = await editableQuestion(tx, userId, questionId);
    if (!found) return NOT_FOUND;
    const { question } = found;
    const neighbour = await tx.question.findFirst({
      where: {
        setId: found.setId,
        pool: question.pool,
        removed: question.removed,
        position: direction === "up" ? { lt: question.position } : { gt: question.position },
      },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
    });
    if (!neighbour) return { ok: true, articleId: found.articleId };
    await tx.question.update({ where: { id: question.id }, data: { position: neighbour.position } });
    await tx.question.update({ where: { id: neighbour.id }, data: { position: question.position } });
    await touch(tx, found.articleId);
    return { ok: true, articleId: found.articleId };
  });
}

/** Add a question written by hand; its evidence is the span the teacher selected in the article. */
export async function addManualQuestion(userId: string, input: ManualQuestionInput): Promise<(Ok & { questionId: string }) | Failure> {
  return db.$transaction(async (tx): Promise<(Ok & { questionId: string }) | Failure> => {
    const article = await tx.article.findFirst({ where: articleOf(userId, input.articleId), select: { id: true } });
    if (!article) return NOT_FOUND;
    const editable = await editableSet(tx, userId, input.articleId);
    if (!editable) return NOT_FOUND;
    const { body } = editable;
    if (input.evidenceEnd > body.length || input.evidenceEnd - input.evidenceStart > 2000) {
      return fail("Select a sentence or two of the article as the evidence.", "evidence");
    }
    const raw = body.slice(input.evidenceStart, input.evidenceEnd);
    // Selections often catch a space at either end: trim the span, keeping offsets exact.
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length === 0) return fail("Select the sentence that answers the question in the article.", "evidence");
    const start = input.evidenceStart + lead;
    const question: GeneratedQuestion = {
      id: `manual-${randomBytes(6).toString("hex")}`,
      type: input.type,
      prompt: input.prompt,
      choices: input.choices,
      answer: input.answerText,
      evidence: { start, end: start + text.length, text },
      explanation: input.explanation || `The article says: “${text.length > 300 ? `${text.slice(0, 300)}…` : text}”`,
      difficulty: 2,
    };
    const { errors } = checkQuestion(question, body);
    if (errors.length > 0) return { ok: false, message: errors.join(" ") };
    const row = { ...questionRow(question, await nextPosition(tx, editable.setId), false), editedByHuman: true };
    const created = await tx.question.create({ data: { ...row, setId: editable.setId } });
    await touch(tx, article.id);
    return { ok: true, articleId: article.id, questionId: created.id };
  });
}
