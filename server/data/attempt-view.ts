import "server-only";
import { db } from "../db";
import { describeAnswer, type GivenAnswer } from "../grading";
import { orderedChoices, parsePlan } from "../plan";
import { parseStoredAnswer, questionAnswer, questionChoices, questionItems } from "../question-rows";
import { ownedBy, ownedBySql, type Viewer } from "./viewer-scope";
import type { QuizMode } from "@/lib/validation/quiz";

/** A question as the browser sees it before it is answered: no answer, no explanation, no evidence. */
export interface PublicQuestion {
  id: string;
  type: string;
  prompt: string;
  /** In this attempt's shuffled order. For matching: the right-hand column. */
  options: string[];
  /** Matching only: the left-hand column. */
  items: string[];
}

/** What a question teaches once it may be revealed. */
export interface Reveal {
  correct: boolean;
  /** The student's answer, as lines to show ([] when unanswered). */
  given: string[];
  correctAnswer: string[];
  /** The correct answer as stored: the option text, or one option per matching item. */
  answer: GivenAnswer;
  explanation: string;
  evidenceText: string;
  evidenceHref: string;
}

export interface RunnerView {
  id: string;
  mode: QuizMode;
  kind: string;
  article: { slug: string; title: string };
  index: number;
  total: number;
  answered: number;
  /** Positions (0-based, in the attempt's order) of the questions with no stored response: the student's own record. */
  unanswered: number[];
  question: PublicQuestion;
  /** The student's stored answer to this question (their own input, safe to show). */
  saved: GivenAnswer | null;
  /** Practice mode, once this question's response is stored. Never set in test mode before submission. */
  feedback: Reveal | null;
}

type QuestionRow = Awaited<ReturnType<typeof db.question.findMany>>[number];

const evidenceHref = (slug: string, versionId: string, q: Pick<QuestionRow, "evidenceStart" | "evidenceEnd">) =>
  `/articles/${slug}?hl=${q.evidenceStart}-${q.evidenceEnd}&v=${versionId}#evidence`;

function reveal(q: QuestionRow, stored: { answer: string; correct: boolean } | undefined, slug: string, versionId: string): Reveal {
  return {
    correct: stored?.correct ?? false,
    given: stored ? describeAnswer(q, parseStoredAnswer(stored.answer)) : [],
    correctAnswer: describeAnswer(q, questionAnswer(q)),
    answer: questionAnswer(q),
    explanation: q.explanation,
    evidenceText: q.evidenceText,
    evidenceHref: evidenceHref(slug, versionId, q),
  };
}

const attemptSelect = {
  id: true,
  mode: true,
  kind: true,
  plan: true,
  currentIndex: true,
  startedAt: true,
  submittedAt: true,
  score: true,
  total: true,
  assignmentId: true,
  set: { select: { versionId: true, version: { select: { article: { select: { slug: true, title: true } } } } } },
  responses: { select: { questionId: true, answer: true, correct: true } },
} as const;

/** What the runner needs of an attempt besides its questions: one row, joined, in one query. */
interface AttemptHead {
  id: string;
  mode: QuizMode;
  kind: string;
  plan: string;
  currentIndex: number;
  submitted: boolean;
  versionId: string;
  article: { slug: string; title: string };
}

interface AttemptHeadRow {
  id: string;
  mode: string;
  kind: string;
  plan: string;
  currentIndex: number | bigint;
  submitted: number | bigint | boolean;
  versionId: string;
  slug: string;
  title: string;
}

/**
 * The viewer's attempt with its set's version and article, or null when it is not theirs. Written in SQL
 * because it runs on every request of a quiz: Prisma would spend four queries on the relation chain.
 */
async function getAttemptHead(viewer: Viewer, attemptId: string): Promise<AttemptHead | null> {
  const rows = await db.$queryRaw<AttemptHeadRow[]>`
    SELECT a."id", a."mode", a."kind", a."plan", a."currentIndex",
           CASE WHEN a."submittedAt" IS NULL THEN 0 ELSE 1 END AS "submitted",
           s."versionId", ar."slug", ar."title"
    FROM "Attempt" a
    JOIN "QuestionSet" s ON s."id" = a."setId"
    JOIN "ArticleVersion" v ON v."id" = s."versionId"
    JOIN "Article" ar ON ar."id" = v."articleId"
    WHERE a."id" = ${attemptId} AND ${ownedBySql(viewer, "a")}`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    mode: row.mode as QuizMode,
    kind: row.kind,
    plan: row.plan,
    currentIndex: Number(row.currentIndex),
    submitted: Number(row.submitted) === 1,
    versionId: row.versionId,
    article: { slug: row.slug, title: row.title },
  };
}

/**
 * The runner's view of the viewer's attempt: only the current question, and its answer only when practice
 * feedback is due. Null when the attempt is not the viewer's; `{ submitted: true }` once it is submitted.
 */
export async function getRunnerView(viewer: Viewer, attemptId: string): Promise<RunnerView | { submitted: true } | null> {
  const attempt = await getAttemptHead(viewer, attemptId);
  if (!attempt) return null;
  if (attempt.submitted) return { submitted: true };
  const plan = parsePlan(attempt.plan);
  const index = Math.max(0, Math.min(plan.length - 1, attempt.currentIndex));
  const entry = plan[index];
  const [q, responses] = await Promise.all([
    db.question.findUniqueOrThrow({ where: { id: entry.questionId } }),
    db.response.findMany({ where: { attemptId: attempt.id }, select: { questionId: true, answer: true, correct: true } }),
  ]);
  const stored = responses.find((r) => r.questionId === q.id);
  return {
    id: attempt.id,
    mode: attempt.mode,
    kind: attempt.kind,
    article: attempt.article,
    index,
    total: plan.length,
    answered: responses.length,
    unanswered: plan.flatMap((e, i) => (responses.some((r) => r.questionId === e.questionId) ? [] : [i])),
    question: { id: q.id, type: q.type, prompt: q.prompt, options: orderedChoices(questionChoices(q), entry.order), items: questionItems(q) },
    saved: stored ? parseStoredAnswer(stored.answer) : null,
    feedback: attempt.mode === "practice" && stored ? reveal(q, stored, attempt.article.slug, attempt.versionId) : null,
  };
}

/**
 * Practice feedback on one answered question of the viewer's open practice attempt: what the runner shows
 * right after an answer is stored. Null in test mode, after submission, or when the question is unanswered.
 */
export async function getPracticeFeedback(viewer: Viewer, attemptId: string, questionId: string): Promise<Reveal | null> {
  const attempt = await getAttemptHead(viewer, attemptId);
  if (!attempt || attempt.submitted || attempt.mode !== "practice") return null;
  if (!parsePlan(attempt.plan).some((e) => e.questionId === questionId)) return null;
  const [q, stored] = await Promise.all([
    db.question.findUnique({ where: { id: questionId } }),
    db.response.findUnique({ where: { attemptId_questionId: { attemptId: attempt.id, questionId } }, select: { answer: true, correct: true } }),
  ]);
  return q && stored ? reveal(q, stored, attempt.article.slug, attempt.versionId) : null;
}

export interface ResultsView {
  id: string;
  mode: QuizMode;
  kind: string;
  article: { slug: string; title: string };
  score: number;
  total: number;
  percent: number;
  durationMs: number;
  missed: number;
  /** Taken for a class assignment (a retake from here is practice: it does not count towards the grade). */
  assigned: boolean;
  items: (Reveal & { id: string; prompt: string; type: string; answered: boolean })[];
}

/** A submitted attempt's score and the full review. Null when not the viewer's; `{ open: true }` before submission. */
export async function getResultsView(viewer: Viewer, attemptId: string): Promise<ResultsView | { open: true } | null> {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, ...ownedBy(viewer) }, select: attemptSelect });
  if (!attempt) return null;
  if (!attempt.submittedAt) return { open: true };
  const plan = parsePlan(attempt.plan);
  const questions = await db.question.findMany({ where: { id: { in: plan.map((e) => e.questionId) } } });
  const byId = new Map(questions.map((q) => [q.id, q]));
  const responses = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const article = attempt.set.version.article;
  const items = plan.flatMap((e) => {
    const q = byId.get(e.questionId);
    if (!q) return [];
    const stored = responses.get(q.id);
    return [{ id: q.id, prompt: q.prompt, type: q.type, answered: !!stored, ...reveal(q, stored, article.slug, attempt.set.versionId) }];
  });
  const score = attempt.score ?? 0;
  return {
    id: attempt.id,
    mode: attempt.mode as QuizMode,
    kind: attempt.kind,
    article,
    score,
    total: attempt.total,
    percent: attempt.total > 0 ? Math.round((score / attempt.total) * 100) : 0,
    durationMs: attempt.submittedAt.getTime() - attempt.startedAt.getTime(),
    missed: items.filter((i) => !i.correct).length,
    assigned: attempt.assignmentId !== null,
    items,
  };
}
