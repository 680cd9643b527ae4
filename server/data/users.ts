import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { passwordProblem, type Role, type SignUpInput } from "@/lib/validation/auth";
import { db } from "../db";
import { hashPassword, needsRehash, verifyPassword } from "../passwords";
import { cardFields } from "./review-cards";

export type UserRecord = { id: string; email: string; name: string | null; role: Role; hasPassword: boolean; sessionVersion: number };
type Failure<F extends string> = { ok: false; fieldErrors?: Partial<Record<F, string[]>>; message?: string };

function toRecord(u: { id: string; email: string; name: string | null; role: string; passwordHash: string | null; sessionVersion: number }): UserRecord {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role === "teacher" ? "teacher" : "student",
    hasPassword: !!u.passwordHash,
    sessionVersion: u.sessionVersion,
  };
}

/**
 * The user a session token names, or null when the account is gone or the token's session version is not the
 * account's current one (its sessions were ended: password change, sign-out, sign-out everywhere).
 */
export async function getSessionAccount(id: string, sessionVersion: number): Promise<UserRecord | null> {
  const user = await getUserById(id);
  return user && user.sessionVersion === sessionVersion ? user : null;
}

/** Ends every session of the user (all devices): tokens carrying an older version stop working. Returns the new version. */
export async function endAllSessions(userId: string): Promise<number | null> {
  const updated = await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  if (updated.count === 0) return null;
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

export async function getUserById(id: string): Promise<UserRecord | null> {
  const user = await db.user.findUnique({ where: { id } });
  return user ? toRecord(user) : null;
}

let dummy: Promise<string> | null = null;
const dummyHash = () => (dummy ??= hashPassword("lectio-no-such-account"));

export async function verifyCredentials(
  email: string,
  password: string,
): Promise<{ ok: true; user: UserRecord } | { ok: false; reason: "unknown_email" | "wrong_password" | "no_password" }> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  // Without a hash to check, check a throwaway one: an unknown email takes as long as a wrong password.
  if (!user?.passwordHash) await verifyPassword(await dummyHash(), password);
  if (!user) return { ok: false, reason: "unknown_email" };
  if (!user.passwordHash) return { ok: false, reason: "no_password" };
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: "wrong_password" };
  if (needsRehash(user.passwordHash)) await rehash(user.id, user.passwordHash, password);
  return { ok: true, user: toRecord(user) };
}

/**
 * Replace an old hash (bcrypt, or argon2 with older parameters) by a current one, now that the password is known.
 * Only if the stored hash is still the one checked: a password changed meanwhile is left alone.
 */
async function rehash(userId: string, oldHash: string, password: string): Promise<void> {
  try {
    await db.user.updateMany({ where: { id: userId, passwordHash: oldHash }, data: { passwordHash: await hashPassword(password) } });
  } catch (error) {
    // Best effort: the sign-in itself succeeded; the next one tries again.
    console.warn("Lectio: could not rehash a password:", error);
  }
}

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or use another email.";

/** Create an account with a password. The input has passed SignUpSchema (password rules included). */
export async function createUser(input: SignUpInput): Promise<{ ok: true; user: UserRecord } | Failure<"email">> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return { ok: false, fieldErrors: { email: [EMAIL_TAKEN] } };
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash } });
    return { ok: true, user: toRecord(user) };
  } catch (error) {
    // Two sign-ups with the same email at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fieldErrors: { email: [EMAIL_TAKEN] } };
    }
    throw error;
  }
}

/** Change the signed-in user's own name and role. */
export async function updateProfile(userId: string, data: { name: string; role: Role }): Promise<UserRecord> {
  const user = await db.user.update({ where: { id: userId }, data: { name: data.name, role: data.role } });
  return toRecord(user);
}

/** Change the signed-in user's own password, after checking the current one. */
export async function changePassword(
  userId: string,
  currentPassword: string,
  newPassword: string,
): Promise<{ ok: true; sessionVersion: number } | Failure<"currentPassword" | "newPassword">> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) return { ok: false, message: "Your account no longer exists." };
  if (!user.passwordHash) return { ok: false, message: "This account signs in with GitHub or Google and has no password to change." };
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: ["That is not your current password."] } };
  }
  const problem = passwordProblem(newPassword, user.email);
  if (problem) return { ok: false, fieldErrors: { newPassword: [problem] } };
  if (newPassword === currentPassword) return { ok: false, fieldErrors: { newPassword: ["Choose a password different from your current one."] } };
  // A new password ends every session made with the old one; the caller starts a new one for this browser.
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return { ok: true, sessionVersion: updated.sessionVersion };
}

function parseJson(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * Everything Lectio stores about one user, for "download my data". Only that user's own rows: no password hash,
 * no OAuth tokens, no other person's name or email (classes list their size, not their students).
 */
export async function exportUserData(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      image: true,
      emailVerified: true,
      createdAt: true,
      updatedAt: true,
      accounts: { select: { provider: true, providerAccountId: true } },
    },
  });
  if (!user) return null;
  const [attempts, reviewCards, classesTaught, enrollments, articles] = await Promise.all([
    db.attempt.findMany({
      where: { userId },
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        kind: true,
        mode: true,
        startedAt: true,
        submittedAt: true,
        score: true,
        total: true,
        late: true,
        assignmentId: true,
        set: { select: { id: true, version: { select: { article: { select: { slug: true, title: true } } } } } },
        responses: {
          orderBy: { answeredAt: "asc" },
          select: { questionId: true, answer: true, correct: true, answeredAt: true, question: { select: { prompt: true } } },
        },
      },
    }),
    db.reviewCard.findMany({
      where: { userId },
      orderBy: { due: "asc" },
      select: { questionId: true, ...cardFields, question: { select: { prompt: true } } },
    }),
    db.class.findMany({
      where: { teacherId: userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, joinCode: true, createdAt: true, archivedAt: true, _count: { select: { enrollments: true, assignments: true } } },
    }),
    db.enrollment.findMany({
      where: { userId },
      orderBy: { joinedAt: "asc" },
      select: { joinedAt: true, class: { select: { id: true, name: true } } },
    }),
    db.article.findMany({
      where: { authorId: userId },
      orderBy: { createdAt: "asc" },
      select: { slug: true, title: true, visibility: true, createdAt: true },
    }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      image: user.image,
      emailVerified: user.emailVerified,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
      linkedAccounts: user.accounts,
    },
    attempts: attempts.map((a) => ({
      id: a.id,
      article: a.set.version.article,
      questionSetId: a.set.id,
      assignmentId: a.assignmentId,
      kind: a.kind,
      mode: a.mode,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      score: a.score,
      total: a.total,
      late: a.late,
      responses: a.responses.map((r) => ({
        questionId: r.questionId,
        question: r.question.prompt,
        answer: parseJson(r.answer),
        // An open test's answers are not graded yet (issue 16): no correctness before submission.
        correct: a.mode === "test" && !a.submittedAt ? null : r.correct,
        answeredAt: r.answeredAt,
      })),
    })),
    reviewCards: reviewCards.map(({ question, ...card }) => ({ ...card, question: question.prompt })),
    classesTaught: classesTaught.map(({ _count, ...c }) => ({ ...c, students: _count.enrollments, assignments: _count.assignments })),
    enrollments: enrollments.map((e) => ({ classId: e.class.id, className: e.class.name, joinedAt: e.joinedAt })),
    articles,
  };
}

/**
 * Delete the user's account and everything that belongs to it (attempts, responses, review cards, classes they
 * teach, enrollments, OAuth accounts: cascades in the schema). `confirmEmail` must match the account's email.
 */
export async function deleteUser(userId: string, confirmEmail: string): Promise<{ ok: true } | Failure<"confirmEmail">> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return { ok: false, message: "Your account no longer exists." };
  if (confirmEmail.trim().toLowerCase() !== user.email.toLowerCase()) {
    return { ok: false, fieldErrors: { confirmEmail: [`Type ${user.email} exactly to confirm.`] } };
  }
  // Articles only they can see go with them; articles shared with classes or the public stay, without an author,
  // so other people's attempts on them are kept.
  await db.$transaction([
    db.article.deleteMany({ where: { authorId: userId, visibility: "private" } }),
    db.user.delete({ where: { id: userId } }),
  ]);
  return { ok: true };
}
