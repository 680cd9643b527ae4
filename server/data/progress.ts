import "server-only";
import { computeMastery, type ArticleMastery } from "@/lib/progress/mastery";
import { computeStreak, type Streak } from "@/lib/progress/streak";
import { db } from "../db";
import { currentPublishedSets } from "./published-sets";
import { getReviewOverview, type ReviewOverview } from "./review-sessions";

export interface AttemptSummary {
  id: string;
  kind: string;
  mode: string;
  articleSlug: string;
  articleTitle: string;
  score: number;
  total: number;
  percent: number;
  submittedAt: Date;
}

export interface ScorePoint {
  /** Milliseconds since the epoch (the chart's time axis). */
  t: number;
  percent: number;
  kind: "quiz" | "review";
  label: string;
}

export interface Dashboard {
  /** Finished quizzes (not counting review sessions). */
  quizzesTaken: number;
  /** Mean of the finished quizzes' percentages, rounded; null before the first quiz. */
  averagePercent: number | null;
  reviewsFinished: number;
  points: ScorePoint[];
  mastery: ArticleMastery[];
  streak: Streak;
  reviews: ReviewOverview;
  recent: AttemptSummary[];
}

const percentOf = (score: number, total: number) => (total > 0 ? Math.round((100 * score) / total) : 0);

/** Everything the dashboard shows, for one student, as of `now`, with calendar days in `timeZone`. */
export async function getDashboard(userId: string, now: Date, timeZone = "UTC"): Promise<Dashboard> {
  const [attempts, answers, reviews] = await Promise.all([
    db.attempt.findMany({
      where: { userId, submittedAt: { not: null, lte: now } },
      orderBy: { submittedAt: "asc" },
      select: {
        id: true,
        kind: true,
        mode: true,
        score: true,
        total: true,
        submittedAt: true,
        set: { select: { version: { select: { article: { select: { id: true, slug: true, title: true } } } } } },
      },
    }),
    db.response.findMany({
      // An open test's answers are ungraded until it is submitted: they count towards nothing yet.
      where: { attempt: { userId, OR: [{ mode: { not: "test" } }, { submittedAt: { not: null } }] } },
      select: { questionId: true, correct: true, answeredAt: true, question: { select: { set: { select: { version: { select: { articleId: true } } } } } } },
    }),
    getReviewOverview(userId, now, timeZone),
  ]);

  const finished: AttemptSummary[] = attempts.map((a) => ({
    id: a.id,
    kind: a.kind,
    mode: a.mode,
    articleSlug: a.set.version.article.slug,
    articleTitle: a.set.version.article.title,
    score: a.score ?? 0,
    total: a.total,
    percent: percentOf(a.score ?? 0, a.total),
    submittedAt: a.submittedAt!,
  }));
  const quizzes = finished.filter((a) => a.kind !== "review");
  const averagePercent = quizzes.length ? Math.round(quizzes.reduce((sum, a) => sum + a.percent, 0) / quizzes.length) : null;

  const articleIds = [...new Set(answers.map((r) => r.question.set.version.articleId))];
  const articles = articleIds.length ? await articleQuestionCounts(articleIds) : [];
  const mastery = computeMastery(
    answers.map((r) => ({ articleId: r.question.set.version.articleId, questionId: r.questionId, correct: r.correct, answeredAt: r.answeredAt })),
    articles,
  );

  return {
    quizzesTaken: quizzes.length,
    averagePercent,
    reviewsFinished: finished.length - quizzes.length,
    points: finished.map((a) => ({
      t: a.submittedAt.getTime(),
      percent: a.percent,
      kind: a.kind === "review" ? "review" : "quiz",
      label: a.articleTitle,
    })),
    mastery,
    streak: computeStreak(
      finished.map((a) => a.submittedAt),
      now,
      timeZone,
    ),
    reviews,
    recent: finished.slice(-8).reverse(),
  };
}

/** Title, slug and the size of the current quiz (current published set, quiz questions only) of each article. */
async function articleQuestionCounts(articleIds: string[]) {
  const where = { id: { in: articleIds } };
  const [articles, current] = await Promise.all([
    db.article.findMany({ where, select: { id: true, slug: true, title: true } }),
    currentPublishedSets(where),
  ]);
  return articles.map((a) => ({ ...a, questionCount: current.get(a.id)?.questions ?? 0 }));
}
