import "server-only";
import { GENERATOR } from "@/lib/qgen";
import type { QuestionType } from "@/lib/qgen/types";
import { withRun } from "@/lib/qgen/memo";
import type { Visibility } from "@/lib/validation/teacher-article";
import { db } from "../../db";
import { questionFromRow, stringList } from "../../question-rows";
import { QUIZ_QUESTIONS } from "../published-sets";
import { checkQuestion, checkSet } from "./checks";
import { articleOf, workingSet } from "./working-set";

// What a teacher reads of their own articles: the list, the curation page, the printable worksheet and key.

export interface TeacherArticleSummary {
  id: string;
  slug: string;
  title: string;
  level: string;
  visibility: Visibility;
  updatedAt: Date;
  version: number;
  status: "draft" | "published" | "none";
  questions: number;
  hasPublished: boolean;
}

/** The teacher's own articles, most recently changed first. */
export async function listTeacherArticles(userId: string): Promise<TeacherArticleSummary[]> {
  const articles = await db.article.findMany({
    where: { authorId: userId },
    orderBy: { updatedAt: "desc" },
    include: {
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        include: {
          questionSets: {
            orderBy: { createdAt: "desc" },
            take: 1,
            include: { _count: { select: { questions: { where: QUIZ_QUESTIONS } } } },
          },
        },
      },
    },
  });
  const published = await db.questionSet.findMany({
    where: { status: "published", version: { article: { authorId: userId } } },
    select: { version: { select: { articleId: true } } },
  });
  const live = new Set(published.map((s) => s.version.articleId));
  return articles.map((a) => {
    const version = a.versions[0];
    const set = version?.questionSets[0];
    return {
      id: a.id,
      slug: a.slug,
      title: a.title,
      level: a.level,
      visibility: a.visibility as Visibility,
      updatedAt: a.updatedAt,
      version: version?.number ?? 0,
      status: set ? (set.status === "published" ? "published" : "draft") : "none",
      questions: set?._count.questions ?? 0,
      hasPublished: live.has(a.id),
    };
  });
}

export interface CurationQuestion {
  id: string;
  key: string;
  type: QuestionType;
  prompt: string;
  choices: string[];
  items: string[];
  answer: string | string[];
  accept: string[];
  evidence: { start: number; end: number; text: string };
  explanation: string;
  pool: boolean;
  removed: boolean;
  editedByHuman: boolean;
  manual: boolean;
  warnings: string[];
  errors: string[];
}

export interface ArticleForCuration {
  id: string;
  slug: string;
  title: string;
  source: string;
  level: string;
  tags: string[];
  visibility: Visibility;
  version: { id: string; number: number; body: string; words: number; count: number };
  set: {
    id: string;
    status: "draft" | "published";
    generator: string;
    publishedAt: Date | null;
    attempts: number;
    assignments: number;
    /** The generator has been upgraded since this set was made: regenerating may offer new questions. */
    outdated: boolean;
  } | null;
  /** Quiz questions in order, then the review pool (offered questions), then removed ones. */
  questions: CurationQuestion[];
  /** The set-level rules on the quiz: errors block publishing, warnings do not. */
  setCheck: { errors: string[]; warnings: string[] };
  /** Some set of some version is published: readers see the article (at that version). */
  hasPublished: boolean;
  currentGenerator: string;
}

/** An article its author curates, with the working set's questions. Null for anyone but the author. */
export async function getArticleForCuration(userId: string, articleId: string): Promise<ArticleForCuration | null> {
  const article = await db.article.findFirst({ where: articleOf(userId, articleId) });
  if (!article) return null;
  const working = await workingSet(db, userId, articleId);
  if (!working) return null;
  const { version, set } = working;
  const [count, rows, attempts, assignments, published] = await Promise.all([
    db.articleVersion.count({ where: { articleId } }),
    set ? db.question.findMany({ where: { setId: set.id }, orderBy: { position: "asc" } }) : Promise.resolve([]),
    set ? db.attempt.count({ where: { setId: set.id } }) : Promise.resolve(0),
    set ? db.assignment.count({ where: { setId: set.id } }) : Promise.resolve(0),
    db.questionSet.count({ where: { status: "published", version: { articleId } } }),
  ]);
  const rank = (r: { pool: boolean; removed: boolean }) => (r.removed ? 2 : r.pool ? 1 : 0);
  // (one memo run for the whole page: the rules build the article's word index once, not once per question)
  const questions = withRun(version.body, () => [...rows]
    .sort((a, b) => rank(a) - rank(b) || a.position - b.position)
    .map((row): CurationQuestion => {
      const q = questionFromRow(row);
      const check = checkQuestion(q, version.body);
      return {
        id: row.id,
        key: row.key,
        type: q.type,
        prompt: q.prompt,
        choices: q.choices ?? [],
        items: q.items ?? [],
        answer: q.answer,
        accept: q.accept ?? [],
        evidence: q.evidence,
        explanation: q.explanation,
        pool: row.pool,
        removed: row.removed,
        editedByHuman: row.editedByHuman,
        manual: row.key.startsWith("manual-"),
        warnings: check.warnings,
        errors: check.errors,
      };
    }));
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    source: article.source,
    level: article.level,
    tags: stringList(article.tags) ?? [],
    visibility: article.visibility as Visibility,
    version: { id: version.id, number: version.number, body: version.body, words: version.words, count },
    set: set
      ? {
          id: set.id,
          status: set.status === "published" ? "published" : "draft",
          generator: set.generator,
          publishedAt: set.publishedAt,
          attempts,
          assignments,
          outdated: set.generator !== GENERATOR,
        }
      : null,
    questions,
    setCheck: checkSet(
      rows.filter((r) => !r.pool && !r.removed).sort((a, b) => a.position - b.position).map(questionFromRow),
      version.body,
    ),
    hasPublished: published > 0,
    currentGenerator: GENERATOR,
  };
}

export interface PrintableSet {
  title: string;
  source: string;
  level: string;
  body: string;
  status: "draft" | "published";
  questions: {
    number: number;
    type: QuestionType;
    prompt: string;
    choices: string[];
    items: string[];
    answer: string | string[];
    evidence: string;
    explanation: string;
  }[];
}

/** The worksheet (article and quiz questions) and its answer key, for the author only. */
export async function getPrintableSet(userId: string, articleId: string): Promise<PrintableSet | null> {
  const article = await db.article.findFirst({ where: articleOf(userId, articleId) });
  if (!article) return null;
  const working = await workingSet(db, userId, articleId);
  if (!working?.set) return null;
  const rows = await db.question.findMany({ where: { setId: working.set.id, ...QUIZ_QUESTIONS }, orderBy: { position: "asc" } });
  return {
    title: article.title,
    source: article.source,
    level: article.level,
    body: working.version.body,
    status: working.set.status === "published" ? "published" : "draft",
    questions: rows.map((row, i) => {
      const q = questionFromRow(row);
      return {
        number: i + 1,
        type: q.type,
        prompt: q.prompt,
        choices: q.choices ?? [],
        items: q.items ?? [],
        answer: q.answer,
        evidence: q.evidence.text,
        explanation: q.explanation,
      };
    }),
  };
}
