import "server-only";
import { db } from "../db";
import { buildPlan, parsePlan, randomSeed } from "../plan";
import { parseStoredAnswer, questionChoices } from "../question-rows";
import { gradeAnswer } from "../grading";
import { now } from "../clock";
import { recordReviewsForAttempts } from "./review-cards";
import { readableArticles } from "./article-access";
import { currentPublishedSets, QUIZ_QUESTIONS } from "./published-sets";
import { ownedBy, type Viewer } from "./viewer-scope";
import { hasPendingTest, PRACTICE_LOCKED_MESSAGE } from "./assignments";
import type { QuizMode } from "@/lib/validation/quiz";

export type AttemptKind = "quiz" | "missed" | "review";

/** A quiz is made of the set's quiz questions (not the review pool, not removed ones), by position. */
const quizQuestions = QUIZ_QUESTIONS;

async function createAttempt(
  viewer: Viewer,
  input: { setId: string; questionIds: string[]; mode: QuizMode; kind: AttemptKind; parentId?: string | null; avoidOrder?: string[] },
): Promise<{ id: string }> {
  const rows = await db.question.findMany({
    where: { setId: input.setId, id: { in: input.questionIds } },
    select: { id: true, type: true, choices: true },
  });
  const byId = new Map(rows.map((q) => [q.id, q]));
  const questions = input.questionIds.flatMap((id) => {
    const q = byId.get(id);
    return q ? [{ id: q.id, type: q.type, choiceCount: questionChoices(q).length }] : [];
  });
  const plan = buildPlan(questions, randomSeed(), input.avoidOrder);
  const startedAt = await now();
  return db.attempt.create({
    data: {
      startedAt,
      userId: viewer.userId,
      guestId: viewer.userId ? null : viewer.guestId,
      setId: input.setId,
      parentId: input.parentId ?? null,
      kind: input.kind,
      mode: input.mode,
      plan: JSON.stringify(plan),
      total: plan.length,
    },
    select: { id: true },
  });
}

/**
 * Starts a quiz on the article's current question set. Null when the article is unknown or has no questions;
 * a message when the student has a test on the article still to take (see hasPendingTest).
 */
export async function startAttempt(viewer: Viewer, slug: string, mode: QuizMode): Promise<{ id: string } | { message: string } | null> {
  const [current] = (await currentPublishedSets({ slug, ...readableArticles(viewer.userId) })).values();
  if (!current || current.questions === 0) return null;
  const questions = await db.question.findMany({ where: { setId: current.setId, ...quizQuestions }, orderBy: { position: "asc" }, select: { id: true } });
  if (await hasPendingTest(viewer.userId, { articleId: current.articleId })) return { message: PRACTICE_LOCKED_MESSAGE };
  return createAttempt(viewer, { setId: current.setId, questionIds: questions.map((q) => q.id), mode, kind: "quiz" });
}

export interface OpenAttempt {
  id: string;
  mode: QuizMode;
  kind: AttemptKind;
  position: number;
  total: number;
  answered: number;
  startedAt: Date;
}

/** The viewer's most recent unsubmitted attempt on this article, to continue. */
export async function getOpenAttempt(viewer: Viewer, slug: string): Promise<OpenAttempt | null> {
  const attempt = await db.attempt.findFirst({
    where: { ...ownedBy(viewer), submittedAt: null, set: { version: { article: { slug } } } },
    orderBy: { startedAt: "desc" },
    select: { id: true, mode: true, kind: true, currentIndex: true, total: true, startedAt: true, _count: { select: { responses: true } } },
  });
  if (!attempt) return null;
  return {
    id: attempt.id,
    mode: attempt.mode as QuizMode,
    kind: attempt.kind as AttemptKind,
    position: Math.min(attempt.currentIndex, attempt.total - 1) + 1,
    total: attempt.total,
    answered: attempt._count.responses,
    startedAt: attempt.startedAt,
  };
}

/**
 * Moves the viewer's open attempt `delta` questions on from `questionId` (the one on screen). `end` when that
 * was the last question going forward; null when the attempt is not theirs, is submitted, or lacks the question.
 */
export async function moveFrom(viewer: Viewer, attemptId: string, questionId: string, delta: 1 | -1): Promise<{ index: number } | "end" | null> {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, ...ownedBy(viewer), submittedAt: null }, select: { plan: true } });
  if (!attempt) return null;
  const plan = parsePlan(attempt.plan);
  const from = plan.findIndex((e) => e.questionId === questionId);
  if (from < 0) return null;
  const index = from + delta;
  if (index >= plan.length) return "end";
  const clamped = Math.max(0, index);
  const { count } = await db.attempt.updateMany({ where: { id: attemptId, submittedAt: null }, data: { currentIndex: clamped } });
  return count === 1 ? { index: clamped } : null;
}

/**
 * Test mode's "go to the first unanswered question": moves the viewer's open attempt to the first question of its
 * plan with no stored response. `none` when every question has one; null when the attempt is not theirs or is submitted.
 */
export async function moveToFirstUnanswered(viewer: Viewer, attemptId: string): Promise<{ index: number } | "none" | null> {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, ...ownedBy(viewer), submittedAt: null },
    select: { plan: true, responses: { select: { questionId: true } } },
  });
  if (!attempt) return null;
  const answered = new Set(attempt.responses.map((r) => r.questionId));
  const index = parsePlan(attempt.plan).findIndex((e) => !answered.has(e.questionId));
  if (index < 0) return "none";
  const { count } = await db.attempt.updateMany({ where: { id: attemptId, submittedAt: null }, data: { currentIndex: index } });
  return count === 1 ? { index } : null;
}

/**
 * Submits the attempt and scores it from its stored responses, in one transaction: claiming the row
 * (submittedAt) and writing the score commit together, so no half-scored attempt exists. Submitting twice
 * returns the first result. Null when the attempt is not the viewer's.
 */
export async function submitAttempt(viewer: Viewer, attemptId: string): Promise<{ score: number; total: number } | null> {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, ...ownedBy(viewer) },
    select: { id: true, plan: true, userId: true, mode: true, total: true, assignmentId: true },
  });
  if (!attempt) return null;
  const assignment = attempt.assignmentId ? await db.assignment.findUnique({ where: { id: attempt.assignmentId }, select: { dueAt: true } }) : null;
  const questionIds = parsePlan(attempt.plan).map((e) => e.questionId);
  const at = await now();
  const scored = await db.$transaction(async (tx) => {
    // Past an assignment's due date the submission is accepted and marked late.
    const late = assignment && at > assignment.dueAt ? { late: true } : {};
    const claimed = await tx.attempt.updateMany({ where: { id: attempt.id, submittedAt: null }, data: { submittedAt: at, ...late } });
    if (claimed.count === 0) return null;
    // Test answers are stored ungraded (recordResponse): grade them now, inside the claiming transaction.
    if (attempt.mode === "test") await gradeTestResponses(tx, attempt.id);
    const score = await tx.response.count({ where: { attemptId: attempt.id, correct: true, questionId: { in: questionIds } } });
    await tx.attempt.updateMany({ where: { id: attempt.id }, data: { score } });
    // Spaced review of a test's final answers, once (practice answers were reviewed as they were stored).
    if (attempt.mode === "test" && attempt.userId) await recordReviewsForAttempts(attempt.userId, [attempt.id], tx);
    return { score, total: attempt.total };
  });
  if (scored) return scored;
  // Submitted before (a double click, a retry): the first result stands.
  const done = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { score: true, total: true } });
  return { score: done.score ?? 0, total: done.total };
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function gradeTestResponses(tx: Tx, attemptId: string): Promise<void> {
  const responses = await tx.response.findMany({ where: { attemptId }, select: { id: true, answer: true, question: true } });
  for (const r of responses) {
    const grade = gradeAnswer(r.question, parseStoredAnswer(r.answer));
    await tx.response.update({ where: { id: r.id }, data: { correct: grade.ok && grade.correct } });
  }
}

export type FollowUp = { id: string } | { message: string } | null;

/**
 * "Review missed": a new practice session of the questions missed (wrong or unanswered) in a submitted
 * attempt, in a fresh order. Null when the attempt is not the viewer's.
 */
export async function createMissedAttempt(viewer: Viewer, attemptId: string): Promise<FollowUp> {
  const parent = await db.attempt.findFirst({
    where: { id: attemptId, ...ownedBy(viewer) },
    select: { id: true, setId: true, plan: true, submittedAt: true, responses: { where: { correct: true }, select: { questionId: true } } },
  });
  if (!parent) return null;
  if (!parent.submittedAt) return { message: "Finish this quiz first." };
  if (await hasPendingTest(viewer.userId, { setId: parent.setId })) return { message: PRACTICE_LOCKED_MESSAGE };
  const right = new Set(parent.responses.map((r) => r.questionId));
  const missed = parsePlan(parent.plan).map((e) => e.questionId).filter((id) => !right.has(id));
  if (missed.length === 0) return { message: "You answered every question correctly: nothing to review." };
  return createAttempt(viewer, { setId: parent.setId, questionIds: missed, mode: "practice", kind: "missed", parentId: parent.id });
}

/** Retake: the same questions and mode in a new attempt, in a different order with options reshuffled. */
export async function createRetake(viewer: Viewer, attemptId: string): Promise<FollowUp> {
  const parent = await db.attempt.findFirst({
    where: { id: attemptId, ...ownedBy(viewer) },
    select: { id: true, setId: true, plan: true, mode: true, kind: true, parentId: true },
  });
  if (!parent) return null;
  if (await hasPendingTest(viewer.userId, { setId: parent.setId })) return { message: PRACTICE_LOCKED_MESSAGE };
  const order = parsePlan(parent.plan).map((e) => e.questionId);
  return createAttempt(viewer, {
    setId: parent.setId,
    questionIds: order,
    mode: parent.mode as QuizMode,
    kind: parent.kind as AttemptKind,
    parentId: parent.parentId,
    avoidOrder: order,
  });
}
