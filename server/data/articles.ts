import "server-only";
import { db } from "../db";
import { questionRow } from "../question-rows";
import { generateQuestionSet, GENERATOR } from "@/lib/qgen";
import type { ParsedArticle } from "@/lib/content/parse";
import { readingMinutes } from "@/lib/content/normalize";
import { readableArticles } from "./article-access";
import { currentPublishedSets } from "./published-sets";

export interface ArticleCard {
  slug: string;
  title: string;
  summary: string;
  level: string;
  tags: string[];
  publishedAt: Date | null;
  words: number;
  minutes: number;
  questions: number;
}

function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

/** The library: public articles, newest first, each with its current version's length and quiz size. */
export async function listPublicArticles(): Promise<ArticleCard[]> {
  const [articles, current] = await Promise.all([
    db.article.findMany({ where: { visibility: "public" }, orderBy: [{ publishedAt: "desc" }, { title: "asc" }] }),
    // The version of the current published set: an article whose question set is still a draft stays out.
    currentPublishedSets({ visibility: "public" }),
  ]);
  return articles.flatMap((a) => {
    const set = current.get(a.id);
    if (!set) return [];
    return [
      {
        slug: a.slug,
        title: a.title,
        summary: a.summary,
        level: a.level,
        tags: parseTags(a.tags),
        publishedAt: a.publishedAt,
        words: set.words,
        minutes: readingMinutes(set.words),
        questions: set.questions,
      },
    ];
  });
}

export interface ArticleForReading {
  id: string;
  slug: string;
  title: string;
  summary: string;
  source: string;
  level: string;
  tags: string[];
  publishedAt: Date | null;
  body: string;
  words: number;
  minutes: number;
  versionId: string;
  questionSetId: string | null;
  questions: number;
}

/**
 * An article the viewer may read (see readableArticles: public, their own, shared with or assigned to their
 * classes; pass no viewerId for a guest), at the version of its most recently published question set (or at
 * `versionId` when an attempt points there). A new version still in draft is not shown to readers until it is
 * published, and saving an earlier text again does not bring its old set back (currentPublishedSets).
 */
export async function getArticleForReading(slug: string, versionId?: string, viewerId: string | null = null): Promise<ArticleForReading | null> {
  const article = await db.article.findFirst({ where: { AND: [{ slug }, readableArticles(viewerId)] } });
  if (!article) return null;
  const set = (await currentPublishedSets({ id: article.id }, versionId)).get(article.id);
  const shownVersionId = versionId ?? set?.versionId;
  if (!shownVersionId) return null;
  const version = await db.articleVersion.findFirst({ where: { id: shownVersionId, articleId: article.id } });
  if (!version) return null;
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    source: article.source,
    level: article.level,
    tags: parseTags(article.tags),
    publishedAt: article.publishedAt,
    body: version.body,
    words: version.words,
    minutes: readingMinutes(version.words),
    versionId: version.id,
    questionSetId: set?.setId ?? null,
    questions: set?.questions ?? 0,
  };
}

export type ImportResult = "created" | "updated" | "unchanged";

/**
 * Create or update a library article from its source (the seed's content/articles/*.md).
 * Idempotent: the same source twice changes nothing. A changed body makes a new version; a version
 * without a question set from the current generator gets one (older sets stay for their attempts).
 */
export async function importLibraryArticle(slug: string, parsed: ParsedArticle): Promise<ImportResult> {
  const fields = {
    title: parsed.title,
    summary: parsed.summary,
    source: parsed.source,
    level: parsed.level,
    tags: JSON.stringify(parsed.tags),
    publishedAt: parsed.published ?? null,
  };
  let result: ImportResult = "unchanged";
  const existing = await db.article.findUnique({ where: { slug } });
  let articleId: string;
  if (!existing) {
    articleId = (await db.article.create({ data: { slug, origin: "seed", visibility: "public", ...fields } })).id;
    result = "created";
  } else {
    articleId = existing.id;
    const changed =
      existing.title !== fields.title ||
      existing.summary !== fields.summary ||
      existing.source !== fields.source ||
      existing.level !== fields.level ||
      existing.tags !== fields.tags ||
      (existing.publishedAt?.getTime() ?? null) !== (fields.publishedAt?.getTime() ?? null);
    if (changed) {
      await db.article.update({ where: { id: articleId }, data: fields });
      result = "updated";
    }
  }

  let version = await db.articleVersion.findUnique({ where: { articleId_hash: { articleId, hash: parsed.hash } } });
  let revived = false;
  const latest = await db.articleVersion.findFirst({ where: { articleId }, orderBy: { number: "desc" } });
  if (!version) {
    version = await db.articleVersion.create({
      data: { articleId, hash: parsed.hash, body: parsed.body, words: parsed.words, number: (latest?.number ?? 0) + 1 },
    });
    if (result === "unchanged") result = "updated";
  } else if (latest && latest.id !== version.id) {
    // The source went back to an earlier text: make it the newest version again.
    version = await db.articleVersion.update({ where: { id: version.id }, data: { number: latest.number + 1 } });
    revived = true;
    if (result === "unchanged") result = "updated";
  }

  const current = await db.questionSet.findFirst({ where: { versionId: version.id, generator: GENERATOR, status: "published" } });
  if (current && revived) {
    // For a library article the import is the publish step: its earlier set becomes the one readers see again.
    await db.questionSet.update({ where: { id: current.id }, data: { publishedAt: new Date() } });
  }
  if (!current) {
    const output = generateQuestionSet({ title: parsed.title, body: version.body });
    const rows = [
      ...output.questions.map((q, i) => questionRow(q, i, false)),
      ...output.pool.map((q, i) => questionRow(q, output.questions.length + i, true)),
    ];
    await db.$transaction(async (tx) => {
      const set = await tx.questionSet.create({
        data: { versionId: version.id, generator: output.generator, status: "published", publishedAt: new Date() },
      });
      await tx.question.createMany({ data: rows.map((row) => ({ ...row, setId: set.id })) });
    });
    if (result === "unchanged") result = "updated";
  }
  return result;
}
