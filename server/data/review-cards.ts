import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { reviewCard, type CardState } from "@/lib/progress/scheduler";
import { db } from "../db";

type Client = Prisma.TransactionClient | typeof db;

/** The FSRS state columns of a review card. */
export const cardFields = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

/**
 * One answer to a question by a signed-in student, as a spaced-repetition review: right → Good, wrong →
 * Again. Creates the card on the question's first answer. Pass the transaction the response is written in
 * (`client`) so the response and its review commit together.
 *
 * Not idempotent by itself: the caller reviews once per stored response (recordResponse does so only when it
 * created the response; a re-sent answer does not come here).
 */
export async function recordReview(userId: string, questionId: string, correct: boolean, at: Date, client: Client = db): Promise<CardState> {
  const existing = await client.reviewCard.findUnique({ where: { userId_questionId: { userId, questionId } }, select: cardFields });
  const next = reviewCard(existing, correct, at);
  await client.reviewCard.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, ...next },
    update: next,
  });
  return next;
}

/**
 * Cards for the responses of the student's attempts, reviewed in the order they were answered, at the time
 * they were answered: for attempts just claimed (guest → account), and for a test when it is submitted.
 */
export async function recordReviewsForAttempts(userId: string, attemptIds: readonly string[], client: Client = db): Promise<number> {
  if (attemptIds.length === 0) return 0;
  const responses = await client.response.findMany({
    // An open test's answers may still change: submitAttempt reviews them when it is submitted.
    where: { attemptId: { in: [...attemptIds] }, attempt: { userId, OR: [{ mode: { not: "test" } }, { submittedAt: { not: null } }] } },
    orderBy: [{ answeredAt: "asc" }, { id: "asc" }],
    select: { questionId: true, correct: true, answeredAt: true },
  });
  for (const r of responses) await recordReview(userId, r.questionId, r.correct, r.answeredAt, client);
  return responses.length;
}

export interface DueCardRow {
  id: string;
  questionId: string;
  due: Date;
  /** FSRS state: 1 and 3 are learning steps (lib/progress/scheduler.ts) */
  state: number;
  setId: string;
  articleId: string;
  articleSlug: string;
  articleTitle: string;
}

/**
 * The student's cards due before `before`, oldest due first, with the question set and article each belongs
 * to. Questions removed from their set are left out: they can no longer be asked.
 */
export async function listDueCards(userId: string, before: Date): Promise<DueCardRow[]> {
  const rows = await db.reviewCard.findMany({
    where: { userId, due: { lt: before }, question: { removed: false } },
    orderBy: [{ due: "asc" }, { id: "asc" }],
    select: {
      id: true,
      questionId: true,
      due: true,
      state: true,
      question: { select: { setId: true, set: { select: { version: { select: { article: { select: { id: true, slug: true, title: true } } } } } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    questionId: r.questionId,
    due: r.due,
    state: r.state,
    setId: r.question.setId,
    articleId: r.question.set.version.article.id,
    articleSlug: r.question.set.version.article.slug,
    articleTitle: r.question.set.version.article.title,
  }));
}

/** One card of the student's, or null when it is not theirs. */
export async function getReviewCard(userId: string, questionId: string) {
  return db.reviewCard.findUnique({ where: { userId_questionId: { userId, questionId } }, select: { ...cardFields, questionId: true } });
}
