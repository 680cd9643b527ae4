import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { claimGuestAttempts } from "./guest-claim";
import { getDashboard } from "./progress";
import { getReviewCard, recordReview } from "./review-cards";
import { getReviewOverview, startReviewSession } from "./review-sessions";

afterAll(async () => {
  await db.$disconnect();
});

const DAY = 86_400_000;
const t0 = new Date("2025-04-01T10:00:00Z");
const plus = (days: number, from = t0) => new Date(from.getTime() + days * DAY);

let n = 0;
async function newUser() {
  return db.user.create({ data: { email: `p${++n}-${Date.now()}@example.com`, name: `P ${n}` } });
}

/** An article with one published set of `count` true/false questions. */
async function newArticle(count: number) {
  const i = ++n;
  const article = await db.article.create({ data: { slug: `art-${i}`, title: `Article ${i}` } });
  const version = await db.articleVersion.create({ data: { articleId: article.id, number: 1, hash: `h${i}`, body: "Body.", words: 1 } });
  const set = await db.questionSet.create({ data: { versionId: version.id, generator: "manual" } });
  const questions = [];
  for (let k = 0; k < count; k++) {
    questions.push(
      await db.question.create({
        data: {
          setId: set.id,
          key: `q${k}`,
          type: "true_false",
          prompt: `Statement ${k}?`,
          choices: '["True","False"]',
          answer: '"True"',
          evidenceStart: 0,
          evidenceEnd: 5,
          evidenceText: "Body.",
          explanation: "",
          position: k,
        },
      }),
    );
  }
  return { article, set, questions };
}

/** A finished quiz with one response per question (`right[k]` says whether question k was right). */
async function finishedQuiz(owner: { userId?: string; guestId?: string }, set: { id: string }, questions: { id: string }[], right: boolean[], at: Date) {
  const score = right.filter(Boolean).length;
  return db.attempt.create({
    data: {
      ...owner,
      setId: set.id,
      kind: "quiz",
      plan: JSON.stringify(questions.map((q) => ({ questionId: q.id, order: [0, 1] }))),
      total: questions.length,
      score,
      startedAt: at,
      submittedAt: at,
      responses: { create: questions.map((q, k) => ({ questionId: q.id, answer: '"True"', correct: right[k], answeredAt: at })) },
    },
  });
}

describe("review cards", () => {
  it("creates a card on the first answer and moves it on each review", async () => {
    const u = await newUser();
    const { questions } = await newArticle(1);
    const first = await recordReview(u.id, questions[0].id, false, t0);
    // a missed question comes back in an hour (a learning step), the same day
    expect(first.due).toEqual(plus(1 / 24));
    const stored = await getReviewCard(u.id, questions[0].id);
    expect(stored).toMatchObject({ reps: 1, lapses: 0, due: plus(1 / 24) });
    const second = await recordReview(u.id, questions[0].id, true, plus(1));
    expect(second.reps).toBe(2);
    expect(second.due.getTime()).toBeGreaterThan(plus(2).getTime());
    expect(await db.reviewCard.count({ where: { userId: u.id } })).toBe(1);
  });

  it("never returns another student's card", async () => {
    const [a, b] = [await newUser(), await newUser()];
    const { questions } = await newArticle(1);
    await recordReview(a.id, questions[0].id, true, t0);
    expect(await getReviewCard(b.id, questions[0].id)).toBeNull();
  });

  it("makes cards for a guest's responses when the attempt is claimed, once", async () => {
    const u = await newUser();
    const { set, questions } = await newArticle(3);
    const guestId = `guest-${n}`;
    await finishedQuiz({ guestId }, set, questions, [true, false, true], t0);
    expect(await claimGuestAttempts(u.id, guestId)).toBe(1);
    const cards = await db.reviewCard.findMany({ where: { userId: u.id }, orderBy: { due: "asc" } });
    expect(cards).toHaveLength(3);
    expect(cards[0]).toMatchObject({ questionId: questions[1].id, due: plus(1 / 24), reps: 1 });
    // Claiming again finds nothing left to claim and reviews nothing twice.
    expect(await claimGuestAttempts(u.id, guestId)).toBe(0);
    expect(await db.reviewCard.findMany({ where: { userId: u.id }, select: { reps: true } })).toEqual([{ reps: 1 }, { reps: 1 }, { reps: 1 }]);
  });
});

describe("review sessions", () => {
  it("serves a missed question an hour later, the same day, as a review attempt of its article", async () => {
    const u = await newUser();
    const { set, questions, article } = await newArticle(3);
    await finishedQuiz({ userId: u.id }, set, questions, [true, false, true], t0);
    for (const [k, q] of questions.entries()) await recordReview(u.id, q.id, k !== 1, t0);

    // half an hour on, the missed question waits for its hour; it is counted as coming back later today
    const soon = await getReviewOverview(u.id, plus(0.5 / 24));
    expect(soon.todayCount).toBe(0);
    expect(soon.hasCards).toBe(true);
    expect(soon.queue).toMatchObject({ laterToday: 1, nextDue: plus(1 / 24) });

    const later = plus(0.1);
    const sameDay = await getReviewOverview(u.id, later);
    expect(sameDay.todayCount).toBe(1);
    expect(sameDay.queue.laterToday).toBe(0);
    expect(sameDay.groups).toEqual([{ setId: set.id, articleSlug: article.slug, articleTitle: article.title, count: 1, openAttemptId: null }]);

    const session = await startReviewSession(u.id, set.id, later);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: session!.id } });
    expect(attempt).toMatchObject({ userId: u.id, kind: "review", mode: "practice", total: 1, startedAt: later });
    expect(JSON.parse(attempt.plan)).toEqual([{ questionId: questions[1].id, order: [0, 1] }]);
    // Starting again continues the open session instead of making a second one.
    expect(await startReviewSession(u.id, set.id, later)).toEqual(session);
    expect((await getReviewOverview(u.id, later)).groups[0].openAttemptId).toBe(session!.id);
  });

  it("refuses a set with nothing due, and another student's cards", async () => {
    const [a, b] = [await newUser(), await newUser()];
    const { set, questions } = await newArticle(1);
    await recordReview(a.id, questions[0].id, false, t0);
    expect(await startReviewSession(a.id, set.id, t0)).toBeNull();
    expect(await startReviewSession(b.id, set.id, plus(2))).toBeNull();
    expect((await getReviewOverview(b.id, plus(2))).todayCount).toBe(0);
  });

  it("caps a day's reviews and counts those already answered today", async () => {
    const u = await newUser();
    const { set, questions } = await newArticle(35);
    for (const q of questions) await recordReview(u.id, q.id, false, t0);
    const day1 = await getReviewOverview(u.id, plus(1));
    expect(day1.todayCount).toBe(30);
    expect(day1.queue).toMatchObject({ dueToday: 35, heldBack: 5 });
    expect(day1.queue.upcoming[0]).toMatchObject({ count: 5 });

    const session = await startReviewSession(u.id, set.id, plus(1));
    const plan = JSON.parse((await db.attempt.findUniqueOrThrow({ where: { id: session!.id } })).plan) as { questionId: string }[];
    expect(plan).toHaveLength(30);
    // Answer 10 of them in the session: 20 left under today's cap.
    for (const e of plan.slice(0, 10)) {
      await db.response.create({ data: { attemptId: session!.id, questionId: e.questionId, answer: '"True"', correct: true } });
      await recordReview(u.id, e.questionId, true, plus(1));
    }
    const later = await getReviewOverview(u.id, plus(1.1));
    expect(later.queue.doneToday).toBe(10);
    expect(later.todayCount).toBe(20);
  });
});

describe("dashboard", () => {
  it("is empty for a new student", async () => {
    const u = await newUser();
    const d = await getDashboard(u.id, t0);
    expect(d).toMatchObject({ quizzesTaken: 0, averagePercent: null, points: [], mastery: [], recent: [], streak: { current: 0 } });
    expect(d.reviews.hasCards).toBe(false);
  });

  it("sums up the student's own attempts only", async () => {
    const [u, other] = [await newUser(), await newUser()];
    const { set, questions, article } = await newArticle(4);
    await finishedQuiz({ userId: u.id }, set, questions, [true, false, false, true], t0);
    await finishedQuiz({ userId: u.id }, set, questions, [true, true, false, true], plus(1));
    await finishedQuiz({ userId: other.id }, set, questions, [true, true, true, true], plus(1));

    const d = await getDashboard(u.id, plus(1.2));
    expect(d.quizzesTaken).toBe(2);
    expect(d.averagePercent).toBe(63); // (50 + 75) / 2 = 62.5
    expect(d.points.map((p) => [p.percent, p.kind])).toEqual([
      [50, "quiz"],
      [75, "quiz"],
    ]);
    expect(d.mastery).toEqual([{ articleId: article.id, slug: article.slug, title: article.title, right: 3, answered: 4, total: 4, share: 0.75 }]);
    expect(d.streak).toEqual({ current: 2, longest: 2, today: true });
    expect(d.recent.map((a) => a.percent)).toEqual([75, 50]);

    const theirs = await getDashboard(other.id, plus(1.2));
    expect(theirs.quizzesTaken).toBe(1);
    expect(theirs.averagePercent).toBe(100);
  });

  it("leaves out attempts finished after now (the clock is the only time source)", async () => {
    const u = await newUser();
    const { set, questions } = await newArticle(1);
    await finishedQuiz({ userId: u.id }, set, questions, [true], plus(5));
    expect((await getDashboard(u.id, t0)).quizzesTaken).toBe(0);
  });
});
