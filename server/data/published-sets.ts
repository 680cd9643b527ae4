import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";

// "The set students see" for an article: its most recently *published* question set (docs/decisions/011). Not the
// newest version that has a published set: saving an earlier text again renumbers that version to be the newest,
// and its old set must not come back to readers until the teacher publishes again. Every reader of an article's
// current quiz (library, reading page, starting a quiz, assignable sets, dashboard sizes) goes through here.

/** Quiz questions of a set: not the review pool, not removed. */
export const QUIZ_QUESTIONS = { pool: false, removed: false } as const;

export interface PublishedSet {
  setId: string;
  articleId: string;
  versionId: string;
  /** Words in that version's text. */
  words: number;
  /** Quiz questions in the set. */
  questions: number;
}

type Candidate = { id: string; publishedAt: Date | null; createdAt: Date; version: { id: string; number: number; articleId: string } };

/** Newest first: published later, then the higher version, then the later set (a null publishedAt counts as oldest). */
export function comparePublished(a: Candidate, b: Candidate): number {
  return (
    (b.publishedAt?.getTime() ?? -Infinity) - (a.publishedAt?.getTime() ?? -Infinity) ||
    b.version.number - a.version.number ||
    b.createdAt.getTime() - a.createdAt.getTime()
  );
}

/**
 * The current published set of each article matching `articles` (one query), keyed by article id. Articles
 * without a published set are absent. `versionId` narrows to the sets of one version (an attempt's).
 */
export async function currentPublishedSets(articles: Prisma.ArticleWhereInput, versionId?: string): Promise<Map<string, PublishedSet>> {
  const sets = await db.questionSet.findMany({
    where: { status: "published", version: { ...(versionId ? { id: versionId } : {}), article: articles } },
    select: {
      id: true,
      publishedAt: true,
      createdAt: true,
      version: { select: { id: true, number: true, articleId: true, words: true } },
      _count: { select: { questions: { where: QUIZ_QUESTIONS } } },
    },
  });
  sets.sort(comparePublished);
  const current = new Map<string, PublishedSet>();
  for (const s of sets) {
    if (current.has(s.version.articleId)) continue;
    current.set(s.version.articleId, { setId: s.id, articleId: s.version.articleId, versionId: s.version.id, words: s.version.words, questions: s._count.questions });
  }
  return current;
}
