import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { parsePlan } from "../plan";
import { createFixtureSet } from "../test/quiz-fixture";
import { getPracticeFeedback, getResultsView, getRunnerView, type RunnerView } from "./attempt-view";
import { createMissedAttempt, createRetake, getOpenAttempt, moveFrom, moveToFirstUnanswered, startAttempt, submitAttempt } from "./attempts";
import { recordResponse } from "./responses";
import type { Viewer } from "./viewer-scope";

let fixture: Awaited<ReturnType<typeof createFixtureSet>>;
beforeAll(async () => {
  fixture = await createFixtureSet();
});

const guest = (): Viewer => ({ userId: null, guestId: randomUUID() });
const RIGHT: Record<string, string | string[]> = { mc: "Grace Hopper", tf: "False", fb: "fourteen", sa: "Rotterdam", mt: ["admiral", "mathematician"], ns: "C" };
const WRONG: Record<string, string | string[]> = { mc: "Alan Turing", tf: "True", fb: "15", sa: "Amsterdam", mt: ["mathematician", "admiral"], ns: "A" };

async function start(viewer: Viewer, mode: "practice" | "test" = "practice") {
  const attempt = await startAttempt(viewer, fixture.slug, mode);
  if (!attempt || "message" in attempt) throw new Error("no attempt");
  const row = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
  const keys = parsePlan(row.plan).map((e) => fixture.questions.find((q) => q.id === e.questionId)!.key);
  return { id: attempt.id, row, keys };
}

async function view(viewer: Viewer, id: string): Promise<RunnerView> {
  const v = await getRunnerView(viewer, id);
  if (!v || "submitted" in v) throw new Error("no open view");
  return v;
}

describe("starting and resuming", () => {
  it("makes a guest attempt of the quiz questions only (no pool), shuffled, and finds it to continue", async () => {
    const viewer = guest();
    const { id, row, keys } = await start(viewer);
    expect(row).toMatchObject({ guestId: viewer.guestId, userId: null, kind: "quiz", mode: "practice", total: 6, currentIndex: 0 });
    expect([...keys].sort()).toEqual(["fb", "mc", "mt", "ns", "sa", "tf"]);
    expect(await getOpenAttempt(viewer, fixture.slug)).toMatchObject({ id, position: 1, total: 6, answered: 0 });
    expect(await getOpenAttempt(guest(), fixture.slug)).toBeNull();
    expect(await startAttempt(viewer, "no-such-article", "test")).toBeNull();
  });

  it("tracks the position as the student moves", async () => {
    const viewer = guest();
    const { id, row } = await start(viewer, "test");
    const plan = parsePlan(row.plan);
    expect(await moveFrom(viewer, id, plan[0].questionId, 1)).toEqual({ index: 1 });
    expect((await view(viewer, id)).question.id).toBe(plan[1].questionId);
    expect(await moveFrom(viewer, id, plan[0].questionId, -1)).toEqual({ index: 0 });
    expect(await moveFrom(viewer, id, plan[5].questionId, 1)).toBe("end");
    expect(await moveFrom(guest(), id, plan[0].questionId, 1)).toBeNull();
  });

  it("test mode: lists the unanswered positions and goes to the first of them", async () => {
    const viewer = guest();
    const { id, row, keys } = await start(viewer, "test");
    const plan = parsePlan(row.plan);
    expect((await view(viewer, id)).unanswered).toEqual([0, 1, 2, 3, 4, 5]);
    for (const i of [0, 1, 3]) await recordResponse(viewer, id, plan[i].questionId, RIGHT[keys[i]]);
    await moveFrom(viewer, id, plan[4].questionId, 1);
    expect((await view(viewer, id)).unanswered).toEqual([2, 4, 5]);
    expect(await moveToFirstUnanswered(guest(), id)).toBeNull();
    expect(await moveToFirstUnanswered(viewer, id)).toEqual({ index: 2 });
    expect((await view(viewer, id)).question.id).toBe(plan[2].questionId);
    for (const i of [2, 4, 5]) await recordResponse(viewer, id, plan[i].questionId, RIGHT[keys[i]]);
    expect(await moveToFirstUnanswered(viewer, id)).toBe("none");
    await submitAttempt(viewer, id);
    expect(await moveToFirstUnanswered(viewer, id)).toBeNull();
  });
});

describe("what the runner sends to the browser", () => {
  it("has no answer, explanation or evidence before the response is stored (practice), then has them", async () => {
    const viewer = guest();
    const { id, keys } = await start(viewer);
    const first = await view(viewer, id);
    const json = JSON.stringify(first);
    expect(first.feedback).toBeNull();
    expect(json).not.toContain("Explanation for");
    expect(json).not.toContain("evidence");
    if (keys[0] === "sa") expect(json).not.toContain("Rotterdam");
    if (keys[0] === "fb") expect(json).not.toMatch(/14|fourteen/);

    expect(await getPracticeFeedback(viewer, id, first.question.id)).toBeNull();

    await recordResponse(viewer, id, first.question.id, WRONG[keys[0]]);
    const after = await view(viewer, id);
    expect(after.feedback).toMatchObject({ correct: false, explanation: `Explanation for ${keys[0]}.`, evidenceText: "Body" });
    expect(after.feedback!.evidenceHref).toBe(`/articles/${fixture.slug}?hl=0-4&v=${fixture.version.id}#evidence`);
    // What the answer endpoint sends back is the same feedback, for this viewer only.
    expect(await getPracticeFeedback(viewer, id, first.question.id)).toEqual(after.feedback);
    expect(await getPracticeFeedback(guest(), id, first.question.id)).toBeNull();
  });

  it("never reveals anything in test mode before submission", async () => {
    const viewer = guest();
    const { id, keys } = await start(viewer, "test");
    const first = await view(viewer, id);
    await recordResponse(viewer, id, first.question.id, RIGHT[keys[0]]);
    const after = await view(viewer, id);
    expect(after.feedback).toBeNull();
    expect(await getPracticeFeedback(viewer, id, first.question.id)).toBeNull();
    expect(after.saved).toEqual(RIGHT[keys[0]]);
    expect(JSON.stringify(after)).not.toContain("Explanation for");
  });

  it("shows options in the attempt's own order", async () => {
    const viewer = guest();
    const { id, row } = await start(viewer);
    const entry = parsePlan(row.plan)[0];
    const q = fixture.questions.find((x) => x.id === entry.questionId)!;
    const stored = q.choices ? (JSON.parse(q.choices) as string[]) : [];
    expect((await view(viewer, id)).question.options).toEqual(entry.order.map((i) => stored[i]));
  });
});

describe("submitting and scoring", () => {
  it("scores from stored responses (unanswered = wrong), once, and then nothing changes", async () => {
    const viewer = guest();
    const { id, keys } = await start(viewer, "test");
    const qid = (key: string) => fixture.byKey(key).id;
    // right: mc, fb, mt; wrong: tf, sa; unanswered: ns
    for (const key of ["mc", "fb", "mt"]) expect(await recordResponse(viewer, id, qid(key), RIGHT[key])).toMatchObject({ status: "stored", correct: null });
    for (const key of ["tf", "sa"]) expect(await recordResponse(viewer, id, qid(key), WRONG[key])).toMatchObject({ status: "stored", correct: null });
    expect(keys).toHaveLength(6);

    const results = await Promise.all([submitAttempt(viewer, id), submitAttempt(viewer, id)]);
    expect(results).toEqual([
      { score: 3, total: 6 },
      { score: 3, total: 6 },
    ]);
    expect(await recordResponse(viewer, id, qid("ns"), RIGHT.ns)).toEqual({ status: "closed" });
    expect(await recordResponse(viewer, id, qid("tf"), RIGHT.tf)).toEqual({ status: "closed" });
    expect(await submitAttempt(viewer, id)).toEqual({ score: 3, total: 6 });
    expect(await getRunnerView(viewer, id)).toEqual({ submitted: true });

    const review = await getResultsView(viewer, id);
    if (!review || "open" in review) throw new Error("no results");
    expect(review).toMatchObject({ score: 3, total: 6, percent: 50, missed: 3 });
    const byPrompt = (key: string) => review.items.find((i) => i.id === qid(key))!;
    expect(byPrompt("tf")).toMatchObject({ correct: false, answered: true, given: ["True"], correctAnswer: ["False"] });
    expect(byPrompt("ns")).toMatchObject({ correct: false, answered: false, given: [] });
    expect(byPrompt("mt")).toMatchObject({ correct: true, correctAnswer: ["Hopper → admiral", "Turing → mathematician"] });
    expect(await getOpenAttempt(viewer, fixture.slug)).toBeNull();
  });

  it("has no results before submission", async () => {
    const viewer = guest();
    const { id } = await start(viewer);
    expect(await getResultsView(viewer, id)).toEqual({ open: true });
  });
});

describe("review missed and retake", () => {
  it("review missed is a practice session of the wrong and unanswered questions, linked to its parent", async () => {
    const viewer = guest();
    const { id } = await start(viewer, "test");
    expect(await createMissedAttempt(viewer, id)).toEqual({ message: "Finish this quiz first." });
    for (const key of ["mc", "tf", "fb", "mt"]) await recordResponse(viewer, id, fixture.byKey(key).id, key === "tf" ? WRONG.tf : RIGHT[key]);
    await submitAttempt(viewer, id);
    const missed = await createMissedAttempt(viewer, id);
    if (!missed || "message" in missed) throw new Error("no missed attempt");
    const row = await db.attempt.findUniqueOrThrow({ where: { id: missed.id } });
    expect(row).toMatchObject({ kind: "missed", parentId: id, mode: "practice", total: 3, guestId: viewer.guestId });
    expect(parsePlan(row.plan).map((e) => fixture.questions.find((q) => q.id === e.questionId)!.key).sort()).toEqual(["ns", "sa", "tf"]);
  });

  it("nothing to review after a perfect score", async () => {
    const viewer = guest();
    const { id, keys } = await start(viewer);
    for (const key of keys) await recordResponse(viewer, id, fixture.byKey(key).id, RIGHT[key]);
    expect(await submitAttempt(viewer, id)).toEqual({ score: 6, total: 6 });
    expect(await createMissedAttempt(viewer, id)).toEqual({ message: expect.stringMatching(/nothing to review/) });
  });

  it("retake asks the same questions in a different order, in the same mode", async () => {
    const viewer = guest();
    const { id, keys } = await start(viewer, "test");
    const retake = await createRetake(viewer, id);
    if (!retake || "message" in retake) throw new Error("no retake");
    const row = await db.attempt.findUniqueOrThrow({ where: { id: retake.id } });
    const retakeKeys = parsePlan(row.plan).map((e) => fixture.questions.find((q) => q.id === e.questionId)!.key);
    expect(row).toMatchObject({ mode: "test", kind: "quiz", total: 6 });
    expect([...retakeKeys].sort()).toEqual([...keys].sort());
    expect(retakeKeys).not.toEqual(keys);
  });
});

describe("authorization", () => {
  it("someone else's attempt is invisible and unchangeable", async () => {
    const owner = guest();
    const other = guest();
    const { id, row } = await start(owner);
    const qid = parsePlan(row.plan)[0].questionId;
    expect(await getRunnerView(other, id)).toBeNull();
    expect(await getResultsView(other, id)).toBeNull();
    expect(await recordResponse(other, id, qid, "x")).toBeNull();
    expect(await submitAttempt(other, id)).toBeNull();
    expect(await createMissedAttempt(other, id)).toBeNull();
    expect(await createRetake(other, id)).toBeNull();
    expect(await moveFrom(other, id, qid, 1)).toBeNull();
    expect(await db.attempt.findUniqueOrThrow({ where: { id } })).toMatchObject({ submittedAt: null, currentIndex: 0 });
  });

  it("a claimed attempt belongs to the account, not to the guest cookie any more", async () => {
    const viewer = guest();
    const { id } = await start(viewer);
    const user = await db.user.create({ data: { email: `${randomUUID()}@example.com` } });
    await db.attempt.update({ where: { id }, data: { userId: user.id } });
    expect(await getRunnerView(viewer, id)).toBeNull();
    expect(await getRunnerView({ userId: user.id, guestId: randomUUID() }, id)).not.toBeNull();
    expect(await getRunnerView({ userId: randomUUID(), guestId: viewer.guestId }, id)).toBeNull();
    const mine = await startAttempt({ userId: user.id, guestId: viewer.guestId }, fixture.slug, "test");
    expect(await db.attempt.findUniqueOrThrow({ where: { id: (mine as { id: string }).id } })).toMatchObject({ userId: user.id, guestId: null });
  });

  it("a question from another set is not part of the attempt", async () => {
    const viewer = guest();
    const { id } = await start(viewer);
    const other = await createFixtureSet();
    expect(await recordResponse(viewer, id, other.byKey("mc").id, "Grace Hopper")).toBeNull();
  });
});

describe("who may start a quiz", () => {
  it("guests and strangers can't start a private or class-only article; its author and the class's students can", async () => {
    const priv = await createFixtureSet();
    const teacher = await db.user.create({ data: { email: `t-${randomUUID()}@example.com`, role: "teacher" } });
    const student = await db.user.create({ data: { email: `s-${randomUUID()}@example.com` } });
    const stranger = await db.user.create({ data: { email: `x-${randomUUID()}@example.com` } });
    await db.article.update({ where: { id: priv.article.id }, data: { visibility: "classes", authorId: teacher.id } });
    const cls = await db.class.create({ data: { teacherId: teacher.id, name: "7B", joinCode: `C${Date.now().toString(36).toUpperCase()}` } });
    await db.enrollment.create({ data: { classId: cls.id, userId: student.id } });

    expect(await startAttempt(guest(), priv.slug, "practice")).toBeNull();
    expect(await startAttempt({ userId: stranger.id, guestId: randomUUID() }, priv.slug, "practice")).toBeNull();
    expect(await startAttempt({ userId: student.id, guestId: randomUUID() }, priv.slug, "practice")).not.toBeNull();
    expect(await startAttempt({ userId: teacher.id, guestId: randomUUID() }, priv.slug, "practice")).not.toBeNull();
  });
});

describe("assignments", () => {
  it("a submission after the due date is accepted and marked late; one before is not", async () => {
    const teacher = await db.user.create({ data: { email: `t-${randomUUID()}@example.com`, role: "teacher" } });
    const student = await db.user.create({ data: { email: `s-${randomUUID()}@example.com` } });
    const cls = await db.class.create({ data: { teacherId: teacher.id, name: "8C", joinCode: `D${Date.now().toString(36).toUpperCase()}` } });
    const viewer = { userId: student.id, guestId: randomUUID() };
    const results: boolean[] = [];
    for (const dueAt of [new Date(Date.now() - 60_000), new Date(Date.now() + 86_400_000)]) {
      const assignment = await db.assignment.create({ data: { classId: cls.id, setId: fixture.set.id, title: "Read", dueAt, mode: "test" } });
      const attempt = await db.attempt.create({
        data: { userId: student.id, setId: fixture.set.id, assignmentId: assignment.id, mode: "test", plan: "[]", total: 0 },
      });
      expect(await submitAttempt(viewer, attempt.id)).not.toBeNull();
      results.push((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).late);
    }
    expect(results).toEqual([true, false]);
  });
});

describe("a test's answers stay closed until the student has taken it", () => {
  async function classWithTest(data: { allowPractice?: boolean; attemptsAllowed?: number } = {}) {
    const set = await createFixtureSet();
    const teacher = await db.user.create({ data: { email: `t-${randomUUID()}@example.com`, role: "teacher" } });
    const student = await db.user.create({ data: { email: `s-${randomUUID()}@example.com` } });
    const cls = await db.class.create({ data: { teacherId: teacher.id, name: "9A", joinCode: `E${randomUUID().slice(0, 8).toUpperCase()}` } });
    await db.enrollment.create({ data: { classId: cls.id, userId: student.id } });
    const assignment = await db.assignment.create({
      data: { classId: cls.id, setId: set.set.id, title: "Test", dueAt: new Date(Date.now() + 86_400_000), mode: "test", ...data },
    });
    return { set, student, viewer: { userId: student.id, guestId: randomUUID() } as Viewer, assignment };
  }

  it("refuses practice and self-started tests on the article while the test is still to take, with a message", async () => {
    const { set, viewer } = await classWithTest();
    expect(await startAttempt(viewer, set.slug, "practice")).toEqual({ message: expect.stringMatching(/test on this article/) });
    expect(await startAttempt(viewer, set.slug, "test")).toEqual({ message: expect.stringMatching(/test on this article/) });
    expect(await db.attempt.count({ where: { userId: viewer.userId } })).toBe(0);
    // Other students (and guests) are not affected.
    expect(await startAttempt(guest(), set.slug, "practice")).toMatchObject({ id: expect.any(String) });
  });

  it("refuses a retake or review of an earlier practice attempt while the test is pending", async () => {
    const { set, viewer } = await classWithTest();
    const earlier = await db.attempt.create({
      data: { userId: viewer.userId, setId: set.set.id, mode: "practice", plan: "[]", total: 0, submittedAt: new Date() },
    });
    expect(await createRetake(viewer, earlier.id)).toEqual({ message: expect.stringMatching(/test on this article/) });
    expect(await createMissedAttempt(viewer, earlier.id)).toEqual({ message: expect.stringMatching(/test on this article/) });
  });

  it("opens practice once the test is submitted and no attempts are left, or when the teacher allows it", async () => {
    const { set, viewer, assignment } = await classWithTest();
    const open = await db.attempt.create({
      data: { userId: viewer.userId, setId: set.set.id, assignmentId: assignment.id, mode: "test", plan: "[]", total: 0 },
    });
    expect(await startAttempt(viewer, set.slug, "practice")).toHaveProperty("message");
    await submitAttempt(viewer, open.id);
    expect(await startAttempt(viewer, set.slug, "practice")).toMatchObject({ id: expect.any(String) });

    const allowed = await classWithTest({ allowPractice: true });
    expect(await startAttempt(allowed.viewer, allowed.set.slug, "practice")).toMatchObject({ id: expect.any(String) });
  });

  it("a test with attempts left stays closed after a submission", async () => {
    const { set, viewer, assignment } = await classWithTest({ attemptsAllowed: 2 });
    await db.attempt.create({
      data: { userId: viewer.userId, setId: set.set.id, assignmentId: assignment.id, mode: "test", plan: "[]", total: 0, submittedAt: new Date() },
    });
    expect(await startAttempt(viewer, set.slug, "practice")).toHaveProperty("message");
  });
});
