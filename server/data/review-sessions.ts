import "server-only";
import { planReviews, type ReviewQueue } from "@/lib/progress/daily-cap";
import { DAY_MS, dayKey, startOfDay } from "@/lib/progress/days";
import { db } from "../db";
import { buildPlan, randomSeed } from "../plan";
import { questionChoices } from "../question-rows";
import { listDueCards, type DueCardRow } from "./review-cards";

/** How far ahead the queue looks when it forecasts the next days' load. */
const FORECAST_DAYS = 7;

export interface ReviewGroup {
  setId: string;
  articleSlug: string;
  articleTitle: string;
  /** Cards of this article in today's queue. */
  count: number;
  /** An unfinished review session of this article, to continue instead of starting another. */
  openAttemptId: string | null;
}

export interface ReviewOverview {
  queue: Omit<ReviewQueue<DueCardRow>, "today">;
  /** Today's cards (under the daily cap), grouped by article, in the order their most overdue card fell due. */
  groups: ReviewGroup[];
  /** Cards in today's queue. */
  todayCount: number;
  /** The student has review cards at all (false: nothing answered yet while signed in). */
  hasCards: boolean;
}

/** Review answers the student gave today: responses in review sessions started today (by the clock). */
async function countReviewsToday(userId: string, now: Date, timeZone: string): Promise<number> {
  const since = startOfDay(dayKey(now, timeZone), timeZone);
  return db.response.count({ where: { attempt: { userId, kind: "review", startedAt: { gte: since } } } });
}

async function queueFor(userId: string, now: Date, timeZone: string) {
  const horizon = new Date(now.getTime() + (FORECAST_DAYS + 2) * DAY_MS);
  const [cards, doneToday] = await Promise.all([listDueCards(userId, horizon), countReviewsToday(userId, now, timeZone)]);
  return planReviews(cards, { now, doneToday, timeZone, days: FORECAST_DAYS });
}

/** The student's review queue for today, grouped by article (question set), with open sessions to continue. */
export async function getReviewOverview(userId: string, now: Date, timeZone = "UTC"): Promise<ReviewOverview> {
  const [queue, open, cardCount] = await Promise.all([
    queueFor(userId, now, timeZone),
    db.attempt.findMany({
      where: { userId, kind: "review", submittedAt: null },
      orderBy: { startedAt: "desc" },
      select: { id: true, setId: true, set: { select: { version: { select: { article: { select: { slug: true, title: true } } } } } } },
    }),
    db.reviewCard.count({ where: { userId } }),
  ]);
  const openBySet = new Map(open.map((a) => [a.setId, a]));
  const groups = new Map<string, ReviewGroup>();
  for (const card of queue.today) {
    const g = groups.get(card.setId);
    if (g) g.count++;
    else {
      groups.set(card.setId, {
        setId: card.setId,
        articleSlug: card.articleSlug,
        articleTitle: card.articleTitle,
        count: 1,
        openAttemptId: openBySet.get(card.setId)?.id ?? null,
      });
    }
  }
  // Open sessions whose cards are all answered already still need finishing (submitting scores them).
  for (const a of open) {
    if (groups.has(a.setId)) continue;
    const article = a.set.version.article;
    groups.set(a.setId, { setId: a.setId, articleSlug: article.slug, articleTitle: article.title, count: 0, openAttemptId: a.id });
  }
  const { today, ...rest } = queue;
  return { queue: rest, groups: [...groups.values()], todayCount: today.length, hasCards: cardCount > 0 };
}

/**
 * A review session of one article: an Attempt of kind "review" (practice mode, answers checked one by one)
 * over the student's cards of that question set in today's queue. The quiz runner takes it from there, and
 * each stored answer reviews its card. An unfinished session of the same set is returned instead of a second
 * one. Null when nothing of that set is due today.
 */
export async function startReviewSession(userId: string, setId: string, now: Date, timeZone = "UTC"): Promise<{ id: string } | null> {
  const open = await db.attempt.findFirst({
    where: { userId, setId, kind: "review", submittedAt: null },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
  if (open) return open;
  const queue = await queueFor(userId, now, timeZone);
  const questionIds = queue.today.filter((c) => c.setId === setId).map((c) => c.questionId);
  if (questionIds.length === 0) return null;
  return createReviewAttempt(userId, setId, questionIds, now);
}

/** A review attempt over these questions of one set (the ones not in the set are dropped), started at `at`. */
export async function createReviewAttempt(userId: string, setId: string, questionIds: readonly string[], at: Date): Promise<{ id: string } | null> {
  const rows = await db.question.findMany({
    where: { setId, id: { in: [...questionIds] }, removed: false },
    select: { id: true, type: true, choices: true },
  });
  if (rows.length === 0) return null;
  const plan = buildPlan(
    rows.map((q) => ({ id: q.id, type: q.type, choiceCount: questionChoices(q).length })),
    randomSeed(),
  );
  return db.attempt.create({
    data: { userId, setId, kind: "review", mode: "practice", plan: JSON.stringify(plan), total: plan.length, startedAt: at },
    select: { id: true },
  });
}
