import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { gradeAnswer, type GivenAnswer } from "../grading";
import { parsePlan } from "../plan";
import { parseStoredAnswer } from "../question-rows";
import { now } from "../clock";
import { recordReview } from "./review-cards";
import { ownedBy, type Viewer } from "./viewer-scope";
import type { QuizMode } from "@/lib/validation/quiz";

export type RecordResult =
  /** `correct` is null in test mode: a test answer is graded only when the attempt is submitted. */
  | { status: "stored"; correct: boolean | null; answer: GivenAnswer; created: boolean; mode: QuizMode }
  | { status: "invalid"; message: string }
  | { status: "closed" };

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Stores the viewer's answer to one question of their attempt, graded on the server. The one place a
 * response is written (spaced review hooks in here, where `created` is true).
 *
 * Idempotent: one row per (attempt, question). In practice mode the first stored answer stands and a re-send
 * returns it; in test mode a different answer replaces the stored one until the attempt is submitted. A
 * submitted attempt never changes (`closed`). A test answer is stored ungraded (`correct: false` as a placeholder,
 * reported as null) and graded by submitAttempt, so nothing derived from the key exists before submission. Returns null when the attempt is not the viewer's or the
 * question is not in it.
 */
export async function recordResponse(viewer: Viewer, attemptId: string, questionId: string, given: GivenAnswer): Promise<RecordResult | null> {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, ...ownedBy(viewer) },
    select: { id: true, userId: true, setId: true, mode: true, plan: true, submittedAt: true },
  });
  if (!attempt) return null;
  const index = parsePlan(attempt.plan).findIndex((e) => e.questionId === questionId);
  if (index < 0) return null;
  if (attempt.submittedAt) return { status: "closed" };
  const question = await db.question.findFirst({ where: { id: questionId, setId: attempt.setId } });
  if (!question) return null;
  const grade = gradeAnswer(question, given);
  if (!grade.ok) return { status: "invalid", message: grade.message };
  const answerJson = JSON.stringify(grade.answer);
  const mode = attempt.mode as QuizMode;
  const test = mode === "test";
  // Test answers are not graded until submission (see submitAttempt): store a placeholder, report null.
  const stored = test ? false : grade.correct;
  const reported = test ? null : grade.correct;
  const at = await now();
  // Spaced review: a signed-in student's own practice answer reviews its card once, with the response
  // (test-mode answers may still change, so submitAttempt reviews them; guest answers are reviewed when claimed).
  const reviewer = viewer.userId && attempt.userId === viewer.userId && attempt.mode !== "test" ? viewer.userId : null;

  for (let tries = 0; ; tries++) {
    try {
      return await db.$transaction(async (tx): Promise<RecordResult> => {
        // Writing the open attempt row first serialises this with submitAttempt (which claims the same row):
        // once an attempt is submitted, no response can slip in.
        const open = await tx.attempt.updateMany({ where: { id: attempt.id, submittedAt: null }, data: { currentIndex: index } });
        if (open.count === 0) return { status: "closed" };
        const existing = await tx.response.findUnique({ where: { attemptId_questionId: { attemptId: attempt.id, questionId } } });
        if (existing && (attempt.mode !== "test" || existing.answer === answerJson)) {
          return { status: "stored", correct: test ? null : existing.correct, answer: parseStoredAnswer(existing.answer), created: false, mode };
        }
        if (existing) {
          await tx.response.update({ where: { id: existing.id }, data: { answer: answerJson, correct: stored, answeredAt: at } });
          return { status: "stored", correct: reported, answer: grade.answer, created: false, mode };
        }
        await tx.response.create({ data: { attemptId: attempt.id, questionId, answer: answerJson, correct: stored, answeredAt: at } });
        if (reviewer) await recordReview(reviewer, questionId, grade.correct, at, tx);
        return { status: "stored", correct: reported, answer: grade.answer, created: true, mode };
      });
    } catch (error) {
      // A concurrent send of the same answer won the insert: go round once more and read what it stored.
      if (tries < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
