import "server-only";
import { randomInt } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { makeJoinCode } from "@/lib/validation/classes";
import { db } from "../db";
import { getClassCodeLimiter } from "../rate-limit";

// Classes, rosters and joining. Every teacher query filters by `teacherId` inside the query, so a class that is
// not the caller's reads exactly like one that does not exist (the page then answers 404).

export interface ClassSummary {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  students: number;
  assignments: number;
  createdAt: Date;
}

export interface RosterStudent {
  id: string;
  name: string;
  email: string;
  joinedAt: Date;
}

export interface TeacherClass extends Omit<ClassSummary, "students" | "assignments"> {
  students: RosterStudent[];
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** How a person is shown to their teacher: their name, or their email when they gave none. */
export const displayName = (u: { name: string | null; email: string }) => u.name?.trim() || u.email;

/** The teacher's classes: active ones first (newest first), then archived ones. */
export async function listTeacherClasses(teacherId: string): Promise<ClassSummary[]> {
  const rows = await db.class.findMany({
    where: { teacherId },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      createdAt: true,
      _count: { select: { enrollments: true, assignments: true } },
    },
  });
  return rows
    .map((c) => ({
      id: c.id,
      name: c.name,
      joinCode: c.joinCode,
      archived: c.archivedAt !== null,
      students: c._count.enrollments,
      assignments: c._count.assignments,
      createdAt: c.createdAt,
    }))
    .sort((a, b) => Number(a.archived) - Number(b.archived));
}

/** A new class with a fresh join code (a new code is drawn on the rare collision). */
export async function createClass(teacherId: string, name: string): Promise<{ id: string; joinCode: string }> {
  for (let tries = 0; ; tries++) {
    try {
      return await db.class.create({
        data: { teacherId, name, joinCode: makeJoinCode((n) => randomInt(n)) },
        select: { id: true, joinCode: true },
      });
    } catch (error) {
      if (tries < 5 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

/** Renames the teacher's class. False when it is not theirs. */
export async function renameClass(teacherId: string, classId: string, name: string): Promise<boolean> {
  const { count } = await db.class.updateMany({ where: { id: classId, teacherId }, data: { name } });
  return count === 1;
}

/**
 * Archives (or restores) the teacher's class. An archived class keeps its gradebook, but its code no longer
 * joins and its assignments leave the students' dashboards. False when it is not theirs.
 */
export async function setClassArchived(teacherId: string, classId: string, archived: boolean): Promise<boolean> {
  const { count } = await db.class.updateMany({ where: { id: classId, teacherId }, data: { archivedAt: archived ? new Date() : null } });
  return count === 1;
}

/** The teacher's class with its roster. Null when it is not theirs. */
export async function getTeacherClass(teacherId: string, classId: string): Promise<TeacherClass | null> {
  const c = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      createdAt: true,
      enrollments: { select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!c) return null;
  const students = c.enrollments
    .map((e) => ({ id: e.user.id, name: displayName(e.user), email: e.user.email, joinedAt: e.joinedAt }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
  return { id: c.id, name: c.name, joinCode: c.joinCode, archived: c.archivedAt !== null, createdAt: c.createdAt, students };
}

/** Removes a student from the teacher's class (their attempts stay theirs). False when nothing was removed. */
export async function removeStudent(teacherId: string, classId: string, studentId: string): Promise<boolean> {
  const { count } = await db.enrollment.deleteMany({ where: { classId, userId: studentId, class: { teacherId } } });
  return count === 1;
}

export interface ClassToJoin {
  code: string;
  name: string;
  teacher: string;
}

/** Who is trying a class code: the address the rate limit counts (`requestIp()`), and the account when signed in. */
export type CodeRequester = { ip: string; userId?: string };

/** Too many class codes that matched nothing were tried from this address or account (issue 16, item 11). */
export type CodeRateLimited = { status: "rate_limited"; wait: number; by: "address" | "account" };

/**
 * Every lookup by class code goes through here: it is counted before the lookup and given back when the code
 * matched, so only wrong codes add up, per address and per account (server/rate-limit.ts CLASS_CODE_LIMITS).
 */
async function lookUpCode<T>(requester: CodeRequester, lookUp: () => Promise<T | null>): Promise<T | null | CodeRateLimited> {
  const limiter = getClassCodeLimiter();
  const { wait, by } = await limiter.take(requester.ip, requester.userId);
  if (wait > 0) return { status: "rate_limited", wait, by: by ?? "address" };
  const found = await lookUp();
  if (found) await limiter.found(requester.ip, requester.userId);
  return found;
}

function isRateLimited(value: unknown): value is CodeRateLimited {
  return typeof value === "object" && value !== null && (value as { status?: string }).status === "rate_limited";
}

/** The active class a join code opens, as shown on the confirmation page. Only the code finds it. */
export async function getClassToJoin(code: string, requester: CodeRequester): Promise<{ status: "found"; class: ClassToJoin } | { status: "not_found" } | CodeRateLimited> {
  const c = await lookUpCode(requester, () =>
    db.class.findFirst({
      where: { joinCode: code, archivedAt: null },
      select: { joinCode: true, name: true, teacher: { select: { name: true, email: true } } },
    }),
  );
  if (isRateLimited(c)) return c;
  return c ? { status: "found", class: { code: c.joinCode, name: c.name, teacher: c.teacher.name?.trim() || "your teacher" } } : { status: "not_found" };
}

export type JoinResult =
  | { status: "joined" | "already"; classId: string; name: string }
  | { status: "not_found" }
  | { status: "own_class"; classId: string }
  | CodeRateLimited;

/** Enrols the user in the class the code opens. Joining twice is harmless; a teacher cannot join their own class. */
export async function joinClass(userId: string, code: string, ip: string): Promise<JoinResult> {
  const c = await lookUpCode({ ip, userId }, () =>
    db.class.findFirst({ where: { joinCode: code, archivedAt: null }, select: { id: true, name: true, teacherId: true } }),
  );
  if (isRateLimited(c)) return c;
  if (!c) return { status: "not_found" };
  if (c.teacherId === userId) return { status: "own_class", classId: c.id };
  try {
    await db.enrollment.create({ data: { classId: c.id, userId } });
    return { status: "joined", classId: c.id, name: c.name };
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "already", classId: c.id, name: c.name };
    throw error;
  }
}
