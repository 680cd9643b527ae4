import "server-only";
import { db } from "../db";
import { buildPlan, randomSeed } from "../plan";
import { questionChoices } from "../question-rows";
import { currentPublishedSets, QUIZ_QUESTIONS } from "./published-sets";
import type { CreateAssignmentInput } from "@/lib/validation/classes";

// Assignments: what a teacher sets a class, and the student's side of it (their list, starting an attempt).

const quizQuestions = QUIZ_QUESTIONS;

export type AssignmentMode = "practice" | "test";

export interface AssignableSet {
  setId: string;
  title: string;
  slug: string;
  questions: { id: string; position: number; type: string; prompt: string }[];
}

/**
 * Question sets a teacher may assign: the current published set (currentPublishedSets) of each library article,
 * plus the teacher's own articles.
 */
export async function listAssignableSets(teacherId: string): Promise<AssignableSet[]> {
  const where = { OR: [{ visibility: "public" }, { authorId: teacherId }] };
  const [articles, current] = await Promise.all([
    db.article.findMany({ where, orderBy: [{ title: "asc" }], select: { id: true, slug: true, title: true } }),
    currentPublishedSets(where),
  ]);
  const setIds = [...current.values()].map((s) => s.setId);
  const questions = await db.question.findMany({
    where: { setId: { in: setIds }, ...quizQuestions },
    orderBy: { position: "asc" },
    select: { id: true, setId: true, position: true, type: true, prompt: true },
  });
  const bySet = new Map<string, AssignableSet["questions"]>();
  for (const { setId, ...q } of questions) bySet.set(setId, [...(bySet.get(setId) ?? []), q]);
  return articles.flatMap((a) => {
    const set = current.get(a.id);
    const quiz = set ? bySet.get(set.setId) : undefined;
    if (!set || !quiz || quiz.length === 0) return [];
    return [{ setId: set.setId, title: a.title, slug: a.slug, questions: quiz }];
  });
}

export type CreateAssignmentResult =
  | { ok: true; id: string }
  | { ok: false; notFound: true }
  | { ok: false; fieldErrors: Partial<Record<"setId" | "questionIds", string>> };

/** Assigns a set to the teacher's (active) class. `notFound` when the class is not theirs. */
export async function createAssignment(teacherId: string, input: Omit<CreateAssignmentInput, "allowPractice"> & { allowPractice?: boolean }): Promise<CreateAssignmentResult> {
  const cls = await db.class.findFirst({ where: { id: input.classId, teacherId, archivedAt: null }, select: { id: true } });
  if (!cls) return { ok: false, notFound: true };
  const set = (await listAssignableSets(teacherId)).find((s) => s.setId === input.setId);
  if (!set) return { ok: false, fieldErrors: { setId: "Choose an article from the list." } };
  const inSet = new Set(set.questions.map((q) => q.id));
  const subset = [...new Set(input.questionIds)];
  if (subset.some((id) => !inSet.has(id))) return { ok: false, fieldErrors: { questionIds: "Choose questions from this article's set." } };
  const questionIds = subset.length > 0 && subset.length < set.questions.length
    ? set.questions.filter((q) => subset.includes(q.id)).map((q) => q.id)
    : null;
  const created = await db.assignment.create({
    data: {
      classId: cls.id,
      setId: set.setId,
      title: set.title,
      dueAt: input.dueAt,
      attemptsAllowed: input.attemptsAllowed,
      mode: input.mode,
      questionIds: questionIds ? JSON.stringify(questionIds) : null,
      allowPractice: input.mode === "test" && input.allowPractice === true,
    },
    select: { id: true },
  });
  return { ok: true, id: created.id };
}

export const PRACTICE_LOCKED_MESSAGE =
  "You have a test on this article that you haven't finished. Practice opens once you have submitted it (or when your teacher allows it).";

/**
 * Whether the student still has a test on this article to take: a test-mode assignment of one of their active
 * classes, on any question set of the article, that they can still start or are taking (an open attempt, or
 * attempts left), unless the teacher allowed practice on it. While it holds, the student may not start attempts
 * of their own on the article (practice shows answers; a self-started test shows them after submitting).
 */
export async function hasPendingTest(userId: string | null, article: { articleId: string } | { setId: string }): Promise<boolean> {
  if (!userId) return false;
  const articleId =
    "articleId" in article
      ? article.articleId
      : (await db.questionSet.findUnique({ where: { id: article.setId }, select: { version: { select: { articleId: true } } } }))?.version.articleId;
  if (!articleId) return false;
  const tests = await db.assignment.findMany({
    where: {
      mode: "test",
      allowPractice: false,
      set: { version: { articleId } },
      class: { archivedAt: null, enrollments: { some: { userId } } },
    },
    select: { attemptsAllowed: true, attempts: { where: { userId, kind: "quiz" }, select: { submittedAt: true } } },
  });
  return tests.some((t) => t.attempts.some((a) => !a.submittedAt) || t.attempts.length < t.attemptsAllowed);
}

/** The question ids an assignment asks, in set order: its subset, or every quiz question of its set. */
export async function assignmentQuestionIds(assignment: { setId: string; questionIds: string | null }): Promise<string[]> {
  const subset = parseIds(assignment.questionIds);
  const rows = await db.question.findMany({
    where: { setId: assignment.setId, ...quizQuestions, ...(subset ? { id: { in: subset } } : {}) },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

export function parseIds(json: string | null): string[] | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : null;
  } catch {
    return null;
  }
}

/** Whether a submission at `submittedAt` (or now, while open) is after the due date. */
export const isLate = (attempt: { late: boolean; submittedAt: Date | null }, dueAt: Date, now = new Date()) =>
  attempt.late || (attempt.submittedAt ?? now).getTime() > dueAt.getTime();

export type StudentAssignmentStatus = "todo" | "done" | "late";

export interface StudentAssignment {
  id: string;
  title: string;
  slug: string;
  className: string;
  dueAt: Date;
  mode: AssignmentMode;
  questions: number;
  attemptsAllowed: number;
  attemptsUsed: number;
  /** todo: not submitted, not yet due · late: not submitted and past due (still accepted, marked late) · done: submitted. */
  status: StudentAssignmentStatus;
  /** Done, but every submission came after the due date. */
  submittedLate: boolean;
  best: { score: number; total: number } | null;
  lastAttemptId: string | null;
  openAttemptId: string | null;
  canStart: boolean;
}

/** The student's assignments from their active classes: to do and late first (soonest due), then done. */
export async function listStudentAssignments(userId: string, now = new Date()): Promise<StudentAssignment[]> {
  const rows = await db.assignment.findMany({
    where: { class: { archivedAt: null, enrollments: { some: { userId } } } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      dueAt: true,
      mode: true,
      attemptsAllowed: true,
      questionIds: true,
      class: { select: { name: true } },
      set: { select: { version: { select: { article: { select: { slug: true } } } }, _count: { select: { questions: { where: quizQuestions } } } } },
      attempts: {
        where: { userId, kind: "quiz" },
        orderBy: { startedAt: "asc" },
        select: { id: true, submittedAt: true, score: true, total: true, late: true },
      },
    },
  });
  const order: Record<StudentAssignmentStatus, number> = { late: 0, todo: 1, done: 2 };
  return rows
    .map((a) => {
      const submitted = a.attempts.filter((t) => t.submittedAt !== null);
      const open = a.attempts.find((t) => t.submittedAt === null) ?? null;
      const best = submitted.reduce<{ score: number; total: number } | null>(
        (b, t) => (!b || (t.score ?? 0) / t.total > b.score / b.total ? { score: t.score ?? 0, total: t.total } : b),
        null,
      );
      const status: StudentAssignmentStatus = submitted.length > 0 ? "done" : now > a.dueAt ? "late" : "todo";
      return {
        id: a.id,
        title: a.title,
        slug: a.set.version.article.slug,
        className: a.class.name,
        dueAt: a.dueAt,
        mode: a.mode as AssignmentMode,
        questions: parseIds(a.questionIds)?.length ?? a.set._count.questions,
        attemptsAllowed: a.attemptsAllowed,
        attemptsUsed: a.attempts.length,
        status,
        submittedLate: submitted.length > 0 && submitted.every((t) => isLate(t, a.dueAt)),
        best,
        lastAttemptId: submitted.at(-1)?.id ?? null,
        openAttemptId: open?.id ?? null,
        canStart: open !== null || a.attempts.length < a.attemptsAllowed,
      };
    })
    .sort((x, y) => order[x.status] - order[y.status]);
}

export type StartAssignmentResult = { id: string } | { message: string } | null;

/**
 * Starts (or resumes) the student's attempt at an assignment of one of their classes: the assignment's
 * questions and mode, tied to the assignment, marked late when started after the due date. Refused once the
 * attempts allowed are used. Null when the assignment is not one of the student's.
 */
export async function startAssignmentAttempt(userId: string, assignmentId: string, now = new Date()): Promise<StartAssignmentResult> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { archivedAt: null, enrollments: { some: { userId } } } },
    select: { id: true, setId: true, questionIds: true, mode: true, dueAt: true, attemptsAllowed: true },
  });
  if (!assignment) return null;
  const ids = await assignmentQuestionIds(assignment);
  if (ids.length === 0) return { message: "This assignment has no questions any more. Ask your teacher." };
  const rows = await db.question.findMany({ where: { id: { in: ids } }, select: { id: true, type: true, choices: true } });
  const byId = new Map(rows.map((q) => [q.id, q]));
  const plan = buildPlan(
    ids.flatMap((id) => {
      const q = byId.get(id);
      return q ? [{ id: q.id, type: q.type, choiceCount: questionChoices(q).length }] : [];
    }),
    randomSeed(),
  );
  return db.$transaction(async (tx): Promise<StartAssignmentResult> => {
    const mine = { userId, assignmentId: assignment.id, kind: "quiz" };
    const open = await tx.attempt.findFirst({ where: { ...mine, submittedAt: null }, orderBy: { startedAt: "desc" }, select: { id: true } });
    if (open) return open;
    const used = await tx.attempt.count({ where: mine });
    if (used >= assignment.attemptsAllowed) {
      return { message: `You have used ${assignment.attemptsAllowed === 1 ? "your attempt" : `all ${assignment.attemptsAllowed} attempts`} at this assignment.` };
    }
    return tx.attempt.create({
      data: {
        userId,
        setId: assignment.setId,
        assignmentId: assignment.id,
        kind: "quiz",
        mode: assignment.mode,
        plan: JSON.stringify(plan),
        total: plan.length,
        late: now > assignment.dueAt,
      },
      select: { id: true },
    });
  });
}
