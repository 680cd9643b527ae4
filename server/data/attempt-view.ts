import "server-only";
import { db } from "../db";
import { describeAnswer, type GivenAnswer } from "../grading";
import { orderedChoices, parsePlan } from "../plan";
import { parseStoredAnswer, questionAnswer, questionChoices, questionItems } from "../question-json";
import { ownedBy, type Viewer } from "./viewer-scope";
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
  set: { select: { versionId: true, version: { select: { article: { select: { slug: true, title: true } } } } } },
  responses: { select: { questionId: true, answer: true, correct: true } },
} as const;

/**
 * The runner's view of the viewer's attempt: only the current question, and its answer only when practice
 * feedback is due. Null when the attempt is not the viewer's; `{ submitted: true }` once it is submitted.
 */
export async function getRunnerView(viewer: Viewer, attemptId: string): Promise<RunnerView | { submitted: true } | null> {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, ...ownedBy(viewer) }, select: attemptSelect });
  if (!attempt) return null;
  if (attempt.submittedAt) return { submitted: true };
  const plan = parsePlan(attempt.plan);
  const index = Math.max(0, Math.min(plan.length - 1, attempt.currentIndex));
  const entry = plan[index];
  const q = await db.question.findUniqueOrThrow({ where: { id: entry.questionId } });
  const stored = attempt.responses.find((r) => r.questionId === q.id);
  const article = attempt.set.version.article;
  const mode = attempt.mode as QuizMode;
  return {
    id: attempt.id,
    mode,
    kind: attempt.kind,
    article,
    index,
    total: plan.length,
    answered: attempt.responses.length,
    question: { id: q.id, type: q.type, prompt: q.prompt, options: orderedChoices(questionChoices(q), entry.order), items: questionItems(q) },
    saved: stored ? parseStoredAnswer(stored.answer) : null,
    feedback: mode === "practice" && stored ? reveal(q, stored, article.slug, attempt.set.versionId) : null,
  };
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
    items,
  };
}
