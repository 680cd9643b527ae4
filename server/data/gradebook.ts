import "server-only";
import { randomUUID } from "node:crypto";
import { analyseItems, type ItemStats, type StudentResponses } from "@/lib/analytics/items";
import { db } from "../db";
import { describeAnswer } from "../grading";
import { parseStoredAnswer, questionAnswer, questionChoices, CHOICE_TYPES } from "../question-rows";
import { getResultsView, type ResultsView } from "./attempt-view";
import { isLate, parseIds, type AssignmentMode } from "./assignments";
import { displayName } from "./classes";

// What a teacher reads about their classes' work: the class's assignments, the gradebook, item analysis and a
// student's attempt. Every query starts from `teacherId` (the class's teacher) and only counts students
// currently enrolled, so another teacher, a student or a removed student's classmates read nothing.

const quizQuestions = { pool: false, removed: false } as const;

export interface ClassAssignment {
  id: string;
  title: string;
  slug: string;
  dueAt: Date;
  mode: AssignmentMode;
  attemptsAllowed: number;
  questions: number;
  /** Enrolled students with at least one submitted attempt. */
  submitted: number;
  createdAt: Date;
}

/** The assignments of the teacher's class, soonest due first. Null when the class is not theirs. */
export async function listClassAssignments(teacherId: string, classId: string): Promise<ClassAssignment[] | null> {
  const cls = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      enrollments: { select: { userId: true } },
      assignments: {
        orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          title: true,
          dueAt: true,
          mode: true,
          attemptsAllowed: true,
          questionIds: true,
          createdAt: true,
          set: { select: { version: { select: { article: { select: { slug: true } } } }, _count: { select: { questions: { where: quizQuestions } } } } },
          attempts: { where: { kind: "quiz", submittedAt: { not: null } }, select: { userId: true } },
        },
      },
    },
  });
  if (!cls) return null;
  const enrolled = new Set(cls.enrollments.map((e) => e.userId));
  return cls.assignments.map((a) => ({
    id: a.id,
    title: a.title,
    slug: a.set.version.article.slug,
    dueAt: a.dueAt,
    mode: a.mode as AssignmentMode,
    attemptsAllowed: a.attemptsAllowed,
    questions: parseIds(a.questionIds)?.length ?? a.set._count.questions,
    submitted: new Set(a.attempts.flatMap((t) => (t.userId && enrolled.has(t.userId) ? [t.userId] : []))).size,
    createdAt: a.createdAt,
  }));
}

export interface DueSoonAssignment {
  id: string;
  title: string;
  classId: string;
  className: string;
  dueAt: Date;
  mode: AssignmentMode;
  /** Enrolled students with at least one submitted attempt, of `enrolled`. */
  submitted: number;
  enrolled: number;
}

export const DUE_SOON_DAYS = 14;

/**
 * The teacher's home: assignments of their active classes due from `now` to `days` days on, soonest first.
 * Only the teacher's own classes (`class.teacherId` in the query); submissions count enrolled students only.
 */
export async function listDueSoon(teacherId: string, now: Date, { days = DUE_SOON_DAYS, limit = 8 } = {}): Promise<DueSoonAssignment[]> {
  const until = new Date(now.getTime() + days * 86_400_000);
  const rows = await db.assignment.findMany({
    where: { class: { teacherId, archivedAt: null }, dueAt: { gte: now, lte: until } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    take: limit,
    select: {
      id: true,
      title: true,
      dueAt: true,
      mode: true,
      class: { select: { id: true, name: true, enrollments: { select: { userId: true } } } },
      attempts: { where: { kind: "quiz", submittedAt: { not: null } }, select: { userId: true } },
    },
  });
  return rows.map((a) => {
    const enrolled = new Set(a.class.enrollments.map((e) => e.userId));
    return {
      id: a.id,
      title: a.title,
      classId: a.class.id,
      className: a.class.name,
      dueAt: a.dueAt,
      mode: a.mode as AssignmentMode,
      submitted: new Set(a.attempts.flatMap((t) => (t.userId && enrolled.has(t.userId) ? [t.userId] : []))).size,
      enrolled: enrolled.size,
    };
  });
}

export type CellStatus = "not_started" | "in_progress" | "done" | "late" | "missing";

export interface Score {
  score: number;
  total: number;
  percent: number;
  attemptId: string;
}

export interface GradebookCell {
  status: CellStatus;
  /** Submitted attempts. */
  attempts: number;
  best: Score | null;
  latest: Score | null;
  /** Time between start and submission, summed over submitted attempts. */
  timeMs: number;
}

export interface Gradebook {
  class: { id: string; name: string };
  assignments: { id: string; title: string; dueAt: Date; questions: number }[];
  students: { id: string; name: string; email: string }[];
  /** cells[studentId][assignmentId] */
  cells: Record<string, Record<string, GradebookCell>>;
}

const percent = (score: number, total: number) => (total > 0 ? Math.round((score / total) * 100) : 0);

/** Students × assignments of the teacher's class. Null when the class is not theirs. */
export async function getGradebook(teacherId: string, classId: string, now = new Date()): Promise<Gradebook | null> {
  const cls = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      enrollments: { select: { user: { select: { id: true, name: true, email: true } } } },
      assignments: {
        orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          title: true,
          dueAt: true,
          questionIds: true,
          set: { select: { _count: { select: { questions: { where: quizQuestions } } } } },
        },
      },
    },
  });
  if (!cls) return null;
  const students = cls.enrollments
    .map((e) => ({ id: e.user.id, name: displayName(e.user), email: e.user.email }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
  const attempts = await db.attempt.findMany({
    where: {
      kind: "quiz",
      assignmentId: { in: cls.assignments.map((a) => a.id) },
      userId: { in: students.map((s) => s.id) },
      assignment: { class: { id: cls.id, teacherId } },
    },
    orderBy: { startedAt: "asc" },
    select: { id: true, userId: true, assignmentId: true, startedAt: true, submittedAt: true, score: true, total: true, late: true },
  });
  const cells: Gradebook["cells"] = {};
  for (const s of students) {
    cells[s.id] = {};
    for (const a of cls.assignments) {
      const mine = attempts.filter((t) => t.userId === s.id && t.assignmentId === a.id);
      const submitted = mine.filter((t) => t.submittedAt !== null);
      const toScore = (t: (typeof mine)[number]): Score => ({
        score: t.score ?? 0,
        total: t.total,
        percent: percent(t.score ?? 0, t.total),
        attemptId: t.id,
      });
      let best: Score | null = null;
      for (const t of submitted) {
        const sc = toScore(t);
        if (!best || sc.score / Math.max(1, sc.total) > best.score / Math.max(1, best.total)) best = sc;
      }
      const latest = submitted.length > 0 ? toScore(submitted[submitted.length - 1]) : null;
      const status: CellStatus =
        submitted.length > 0
          ? submitted.some((t) => !isLate(t, a.dueAt))
            ? "done"
            : "late"
          : mine.length > 0
            ? "in_progress"
            : now > a.dueAt
              ? "missing"
              : "not_started";
      const timeMs = submitted.reduce((sum, t) => sum + Math.max(0, (t.submittedAt?.getTime() ?? 0) - t.startedAt.getTime()), 0);
      cells[s.id][a.id] = { status, attempts: submitted.length, best, latest, timeMs };
    }
  }
  return {
    class: { id: cls.id, name: cls.name },
    assignments: cls.assignments.map((a) => ({
      id: a.id,
      title: a.title,
      dueAt: a.dueAt,
      questions: parseIds(a.questionIds)?.length ?? a.set._count.questions,
    })),
    students,
    cells,
  };
}

export interface ItemAnalysisQuestion extends ItemStats {
  position: number;
  prompt: string;
  type: string;
  correctAnswer: string;
}

export interface ItemAnalysis {
  assignment: { id: string; title: string; dueAt: Date; classId: string; className: string };
  /** Students whose first submitted attempt is analysed. */
  students: number;
  questions: ItemAnalysisQuestion[];
}

/** An answer as a label to count: the option text, the typed text, or a matching answer's pairs. */
function answerLabel(q: { type: string; items: string | null }, answer: string | string[]): string {
  if (q.type === "matching") return describeAnswer(q, answer).join("; ");
  return Array.isArray(answer) ? answer.join(", ") : answer.trim();
}

/**
 * Item analysis of the teacher's assignment, over each enrolled student's first submitted attempt (the one
 * that shows what they understood before any retake). Null when the assignment is not in one of their classes.
 */
export async function getItemAnalysis(teacherId: string, assignmentId: string): Promise<ItemAnalysis | null> {
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId } },
    select: {
      id: true,
      title: true,
      dueAt: true,
      setId: true,
      questionIds: true,
      class: { select: { id: true, name: true, enrollments: { select: { userId: true } } } },
    },
  });
  if (!a) return null;
  const subset = parseIds(a.questionIds);
  const questions = await db.question.findMany({
    where: { setId: a.setId, ...quizQuestions, ...(subset ? { id: { in: subset } } : {}) },
    orderBy: { position: "asc" },
    select: { id: true, position: true, type: true, prompt: true, choices: true, items: true, answer: true },
  });
  const enrolled = a.class.enrollments.map((e) => e.userId);
  const attempts = await db.attempt.findMany({
    where: { assignmentId: a.id, kind: "quiz", submittedAt: { not: null }, userId: { in: enrolled } },
    orderBy: { submittedAt: "asc" },
    select: { userId: true, responses: { select: { questionId: true, answer: true, correct: true } } },
  });
  const first = new Map<string, (typeof attempts)[number]>();
  for (const t of attempts) if (t.userId && !first.has(t.userId)) first.set(t.userId, t);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const students: StudentResponses[] = [...first.entries()].map(([studentId, t]) => ({
    studentId,
    responses: Object.fromEntries(
      t.responses.flatMap((r) => {
        const q = byId.get(r.questionId);
        return q ? [[q.id, { answer: answerLabel(q, parseStoredAnswer(r.answer)), correct: r.correct }]] : [];
      }),
    ),
  }));
  const stats = analyseItems(
    questions.map((q) => ({
      id: q.id,
      options: CHOICE_TYPES.has(q.type) ? questionChoices(q) : [],
      correct: answerLabel(q, questionAnswer(q)),
    })),
    students,
  );
  return {
    assignment: { id: a.id, title: a.title, dueAt: a.dueAt, classId: a.class.id, className: a.class.name },
    students: students.length,
    questions: stats.map((s, i) => ({
      ...s,
      position: i + 1,
      prompt: questions[i].prompt,
      type: questions[i].type,
      correctAnswer: answerLabel(questions[i], questionAnswer(questions[i])),
    })),
  };
}

export interface StudentAttemptReview {
  student: { id: string; name: string; email: string };
  assignment: { id: string; title: string; dueAt: Date };
  class: { id: string; name: string };
  late: boolean;
  attempts: { id: string; submittedAt: Date | null; score: number | null; total: number }[];
  review: ResultsView;
}

/**
 * A submitted attempt of a student enrolled in the teacher's class, at one of that class's assignments, with
 * the same review the student sees. Null otherwise (including attempts still in progress).
 */
export async function getStudentAttemptReview(teacherId: string, classId: string, attemptId: string): Promise<StudentAttemptReview | null> {
  const t = await db.attempt.findFirst({
    where: {
      id: attemptId,
      kind: "quiz",
      submittedAt: { not: null },
      assignment: { classId, class: { teacherId } },
      user: { enrollments: { some: { classId } } },
    },
    select: {
      userId: true,
      late: true,
      submittedAt: true,
      user: { select: { id: true, name: true, email: true } },
      assignment: { select: { id: true, title: true, dueAt: true, class: { select: { id: true, name: true } } } },
    },
  });
  if (!t || !t.user || !t.assignment) return null;
  // Authorised above: read the student's review through the quiz's own view, as the student.
  const review = await getResultsView({ userId: t.user.id, guestId: randomUUID() }, attemptId);
  if (!review || "open" in review) return null;
  const attempts = await db.attempt.findMany({
    where: { userId: t.user.id, assignmentId: t.assignment.id, kind: "quiz", submittedAt: { not: null } },
    orderBy: { submittedAt: "asc" },
    select: { id: true, submittedAt: true, score: true, total: true },
  });
  return {
    student: { id: t.user.id, name: displayName(t.user), email: t.user.email },
    assignment: { id: t.assignment.id, title: t.assignment.title, dueAt: t.assignment.dueAt },
    class: t.assignment.class,
    late: isLate(t, t.assignment.dueAt),
    attempts,
    review,
  };
}
