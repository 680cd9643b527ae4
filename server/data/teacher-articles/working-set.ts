import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { QuestionSetOutput } from "@/lib/qgen/types";
import { db } from "../../db";
import { questionRow, type QuestionRowData } from "../../question-rows";

// Ownership and the working set: every teacher-article function finds rows only through `article.authorId = userId`
// (articleOf), so another teacher's article reads as "not found" (null / a failure), never as data. The working set
// is the newest set of the newest version: the one the teacher curates.

export type Tx = Prisma.TransactionClient;

export type Failure = { ok: false; message?: string; fieldErrors?: Record<string, string[]> };
export type Ok = { ok: true; articleId: string };
export const fail = (message: string, field?: string): Failure => (field ? { ok: false, fieldErrors: { [field]: [message] } } : { ok: false, message });
export const NOT_FOUND: Failure = { ok: false, message: "That article or question was not found." };

export const articleOf = (userId: string, articleId: string) => ({ id: articleId, authorId: userId });

/** The newest set of the newest version: the one the teacher curates. */
export async function workingSet(client: Tx | typeof db, userId: string, articleId: string) {
  const version = await client.articleVersion.findFirst({
    where: { article: articleOf(userId, articleId) },
    orderBy: { number: "desc" },
  });
  if (!version) return null;
  const set = await client.questionSet.findFirst({ where: { versionId: version.id }, orderBy: { createdAt: "desc" } });
  return { version, set };
}

/**
 * The working set, made safe to edit: a published set that students have already answered is copied into a new
 * draft (same keys and order), so their attempts keep the questions they saw. Returns the editable set's id.
 */
export async function editableSet(tx: Tx, userId: string, articleId: string): Promise<{ setId: string; body: string; forked: boolean } | null> {
  const working = await workingSet(tx, userId, articleId);
  if (!working?.set) return null;
  const { set, version } = working;
  const answered = set.status === "published" && (await tx.attempt.count({ where: { setId: set.id } })) > 0;
  if (!answered) return { setId: set.id, body: version.body, forked: false };
  const copy = await tx.questionSet.create({ data: { versionId: version.id, generator: set.generator, status: "draft", authorId: userId } });
  const rows = await tx.question.findMany({ where: { setId: set.id } });
  await tx.question.createMany({
    data: rows.map((row) => ({ ...row, id: undefined, setId: copy.id })),
  });
  return { setId: copy.id, body: version.body, forked: true };
}

export async function touch(tx: Tx, articleId: string) {
  await tx.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });
}

export async function nextPosition(tx: Tx, setId: string): Promise<number> {
  const last = await tx.question.findFirst({ where: { setId }, orderBy: { position: "desc" }, select: { position: true } });
  return (last?.position ?? -1) + 1;
}

export async function createDraftSet(tx: Tx, versionId: string, userId: string, output: QuestionSetOutput, carried: QuestionRowData[]): Promise<string> {
  const set = await tx.questionSet.create({ data: { versionId, generator: output.generator, status: "draft", authorId: userId } });
  const carriedKeys = new Set(carried.map((r) => r.key));
  const rows = [
    ...output.questions.filter((q) => !carriedKeys.has(q.id)).map((q, i) => questionRow(q, i, false)),
    ...output.pool.filter((q) => !carriedKeys.has(q.id)).map((q, i) => questionRow(q, output.questions.length + i, true)),
  ];
  const base = rows.length;
  await tx.question.createMany({
    data: [...rows, ...carried.map((r, i) => ({ ...r, position: base + i }))].map((row) => ({ ...row, setId: set.id })),
  });
  return set.id;
}
