import "server-only";
import { withRun } from "@/lib/qgen/memo";
import { db } from "../../db";
import { askedBy, questionFromRow, questionRow } from "../../question-rows";
import { QUIZ_QUESTIONS } from "../published-sets";
import { checkQuestion, checkSet } from "./checks";
import { generate } from "./generation";
import { articleOf, editableSet, fail, nextPosition, NOT_FOUND, touch, workingSet, type Failure, type Ok } from "./working-set";

// Publishing the working set (the rules decide), and regenerating it (new questions are offered, nothing changes).

/** Approve the working set: every quiz question must pass the rules; then students can take it. */
export async function publishQuestionSet(userId: string, articleId: string): Promise<Ok | Failure> {
  return db.$transaction(async (tx): Promise<Ok | Failure> => {
    const working = await workingSet(tx, userId, articleId);
    if (!working?.set) return NOT_FOUND;
    const rows = await tx.question.findMany({ where: { setId: working.set.id, ...QUIZ_QUESTIONS } });
    if (rows.length === 0) return fail("Add at least one question to the quiz before publishing.");
    // (one memo run for every rule of every question and the set: the article's word index is built once)
    const { broken, set } = withRun(working.version.body, () => ({
      broken: rows.filter((r) => checkQuestion(questionFromRow(r), working.version.body).errors.length > 0),
      set: checkSet([...rows].sort((a, b) => a.position - b.position).map(questionFromRow), working.version.body),
    }));
    if (broken.length > 0) {
      return fail(`Fix ${broken.length === 1 ? "one question" : `${broken.length} questions`} before publishing: “${broken[0].prompt.slice(0, 80)}”.`);
    }
    if (set.errors.length > 0) return fail(`Fix this before publishing. ${set.errors.join(" ")}`);
    const now = new Date();
    await tx.questionSet.update({ where: { id: working.set.id }, data: { status: "published", publishedAt: now } });
    await tx.article.updateMany({ where: { id: articleId, publishedAt: null }, data: { publishedAt: now } });
    await touch(tx, articleId);
    return { ok: true, articleId };
  });
}

/**
 * Run the current generator again on the working version. Questions it makes that the set does not have yet are
 * offered in the review pool (the teacher moves the ones they want into the quiz); nothing already in the set
 * changes, so human edits, hand-written questions and removals all stay as they are.
 */
export async function regenerateQuestionSet(userId: string, articleId: string): Promise<(Ok & { offered: number }) | Failure> {
  const article = await db.article.findFirst({ where: articleOf(userId, articleId), select: { title: true } });
  if (!article) return NOT_FOUND;
  const working = await workingSet(db, userId, articleId);
  if (!working?.set) return NOT_FOUND;
  const generated = generate(article.title, working.version.body);
  if (!generated.ok) return { ok: false, message: generated.fieldErrors?.body?.[0] ?? generated.message };
  const { output } = generated;
  return db.$transaction(async (tx): Promise<(Ok & { offered: number }) | Failure> => {
    const editable = await editableSet(tx, userId, articleId);
    if (!editable) return NOT_FOUND;
    const existing = await tx.question.findMany({ where: { setId: editable.setId }, select: { key: true, type: true, prompt: true, answer: true } });
    const keys = new Set(existing.map((q) => q.key));
    const asked = new Set(existing.map((q) => askedBy(q.type, q.prompt, q.answer)));
    const fresh = [...output.questions, ...output.pool].filter((q) => !keys.has(q.id) && !asked.has(askedBy(q.type, q.prompt, JSON.stringify(q.answer))));
    let position = await nextPosition(tx, editable.setId);
    if (fresh.length > 0) {
      await tx.question.createMany({ data: fresh.map((q) => ({ ...questionRow(q, position++, true), setId: editable.setId })) });
    }
    await tx.questionSet.update({ where: { id: editable.setId }, data: { generator: output.generator } });
    await touch(tx, articleId);
    return { ok: true, articleId, offered: fresh.length };
  });
}
