import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { countWords } from "@/lib/content/normalize";
import { contentHash, slugify } from "@/lib/content/parse";
import type { ArticleDetails, NewArticleInput } from "@/lib/validation/teacher-article";
import { db } from "../../db";
import { questionFromRow, questionRow, type QuestionRowData } from "../../question-rows";
import { checkQuestion } from "./checks";
import { generate, prepareBody } from "./generation";
import { articleOf, createDraftSet, fail, NOT_FOUND, touch, workingSet, type Failure, type Ok } from "./working-set";

// An article and its versions: adding it (version 1 and a draft set), replacing its text (a new version and a new
// draft set), changing its details.

const newSlug = (title: string) => `${slugify(title) || "article"}-${randomBytes(3).toString("hex")}`;

/**
 * Add a teacher's article: version 1 and a draft question set generated from it, all in one transaction
 * (bad input writes nothing).
 */
export async function createTeacherArticle(userId: string, input: NewArticleInput): Promise<{ ok: true; id: string; slug: string } | Failure> {
  const teacher = await db.user.findFirst({ where: { id: userId, role: "teacher" }, select: { id: true } });
  if (!teacher) return fail("Only teachers can add articles.");
  const prepared = prepareBody(input.body);
  if (!prepared.ok) return prepared;
  const { body } = prepared;
  const generated = generate(input.title, body);
  if (!generated.ok) return generated;
  const { output } = generated;
  const slug = newSlug(input.title);
  const article = await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        slug,
        title: input.title,
        source: input.source,
        level: input.level,
        tags: JSON.stringify(input.tags),
        visibility: input.visibility,
        origin: "teacher",
        authorId: userId,
      },
    });
    const version = await tx.articleVersion.create({
      data: { articleId: article.id, number: 1, hash: contentHash(body), body, words: countWords(body) },
    });
    await createDraftSet(tx, version.id, userId, output, []);
    return article;
  });
  return { ok: true, id: article.id, slug: article.slug };
}

/**
 * Replace the article's text: a new version (by content hash) with a new draft set. Earlier versions and their
 * sets stay, so attempts keep pointing at what was taken. Hand-written and edited questions come along when
 * their evidence is still in the new text (at its new offsets).
 */
export async function updateArticleText(userId: string, articleId: string, rawBody: string): Promise<(Ok & { version: number; carried: number }) | Failure> {
  const article = await db.article.findFirst({ where: articleOf(userId, articleId), select: { id: true, title: true } });
  if (!article) return NOT_FOUND;
  const prepared = prepareBody(rawBody);
  if (!prepared.ok) return prepared;
  const { body } = prepared;
  const hash = contentHash(body);
  const current = await db.articleVersion.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: { hash: true } });
  if (current?.hash === hash) return fail("The text is the same as the current version; nothing changed.", "body");
  const generated = generate(article.title, body);
  if (!generated.ok) return generated;

  // The newest version number is read inside the transaction; two saves at once may still both pick the same
  // number (the unique constraint on (articleId, number) refuses the second), so the loser reads it again.
  for (let tries = 1; ; tries++) {
    try {
      return await db.$transaction(async (tx): Promise<(Ok & { version: number; carried: number }) | Failure> => {
        const latest = await tx.articleVersion.findFirst({ where: { articleId }, orderBy: { number: "desc" } });
        if (latest?.hash === hash) return fail("The text is the same as the current version; nothing changed.", "body");
        const working = await workingSet(tx, userId, articleId);
        const carried: QuestionRowData[] = [];
        if (working?.set) {
          const human = await tx.question.findMany({ where: { setId: working.set.id, editedByHuman: true, removed: false }, orderBy: { position: "asc" } });
          for (const row of human) {
            const at = body.indexOf(row.evidenceText);
            if (at < 0 || body.indexOf(row.evidenceText, at + 1) >= 0) continue;
            const q = questionFromRow(row);
            const moved = { ...q, evidence: { start: at, end: at + row.evidenceText.length, text: row.evidenceText } };
            if (checkQuestion(moved, body).errors.length > 0) continue;
            carried.push({ ...questionRow(moved, 0, row.pool), editedByHuman: true });
          }
        }
        const number = (latest?.number ?? 0) + 1;
        const earlier = await tx.articleVersion.findUnique({ where: { articleId_hash: { articleId, hash } } });
        const version = earlier
          ? await tx.articleVersion.update({ where: { id: earlier.id }, data: { number } })
          : await tx.articleVersion.create({ data: { articleId, number, hash, body, words: countWords(body) } });
        await createDraftSet(tx, version.id, userId, generated.output, carried);
        await touch(tx, articleId);
        return { ok: true as const, articleId, version: number, carried: carried.length };
      });
    } catch (error) {
      if (tries < 5 && isUniqueViolation(error)) continue;
      if (isUniqueViolation(error)) return fail("Someone else saved this article's text at the same moment. Save again.", "body");
      throw error;
    }
  }
}

/** A unique constraint refused a write (Prisma's P2002), as when two saves take the same version number. */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Change an article's title, source, level, tags and visibility. */
export async function updateArticleDetails(userId: string, articleId: string, details: ArticleDetails): Promise<Ok | Failure> {
  const { count } = await db.article.updateMany({
    where: articleOf(userId, articleId),
    data: {
      title: details.title,
      source: details.source,
      level: details.level,
      tags: JSON.stringify(details.tags),
      visibility: details.visibility,
    },
  });
  return count === 1 ? { ok: true, articleId } : NOT_FOUND;
}
