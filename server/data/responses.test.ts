import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { createFixtureSet } from "../test/quiz-fixture";
import { startAttempt, submitAttempt } from "./attempts";
import { getDashboard } from "./progress";
import { exportUserData } from "./users";
import { recordResponse } from "./responses";
import type { Viewer } from "./viewer-scope";

let fixture: Awaited<ReturnType<typeof createFixtureSet>>;
beforeAll(async () => {
  fixture = await createFixtureSet();
});

async function setup(mode: "practice" | "test") {
  const viewer: Viewer = { userId: null, guestId: randomUUID() };
  const attempt = await startAttempt(viewer, fixture.slug, mode);
  return { viewer, id: (attempt as { id: string }).id };
}
const rows = (attemptId: string) => db.response.findMany({ where: { attemptId } });

describe("recordResponse", () => {
  it("stores one graded row and returns the same result when the answer is sent again", async () => {
    const { viewer, id } = await setup("practice");
    const mc = fixture.byKey("mc").id;
    expect(await recordResponse(viewer, id, mc, "Grace Hopper")).toEqual({ status: "stored", correct: true, answer: "Grace Hopper", created: true, mode: "practice" });
    expect(await recordResponse(viewer, id, mc, "Grace Hopper")).toEqual({ status: "stored", correct: true, answer: "Grace Hopper", created: false, mode: "practice" });
    expect(await rows(id)).toHaveLength(1);
  });

  it("concurrent sends of the same answer store exactly one response", async () => {
    const { viewer, id } = await setup("practice");
    const sa = fixture.byKey("sa").id;
    const results = await Promise.all(Array.from({ length: 6 }, () => recordResponse(viewer, id, sa, "Rotterdam")));
    expect(results.every((r) => r?.status === "stored" && r.correct)).toBe(true);
    expect(results.filter((r) => r?.status === "stored" && r.created)).toHaveLength(1);
    expect(await rows(id)).toHaveLength(1);
  });

  it("practice: the first answer stands; a different second answer gets the stored result back", async () => {
    const { viewer, id } = await setup("practice");
    const tf = fixture.byKey("tf").id;
    await recordResponse(viewer, id, tf, "True");
    expect(await recordResponse(viewer, id, tf, "False")).toEqual({ status: "stored", correct: false, answer: "True", created: false, mode: "practice" });
    const stored = await rows(id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ answer: '"True"', correct: false });
  });

  it("test: changing an answer before submitting updates the one row", async () => {
    const { viewer, id } = await setup("test");
    const tf = fixture.byKey("tf").id;
    await recordResponse(viewer, id, tf, "True");
    expect(await recordResponse(viewer, id, tf, "False")).toMatchObject({ status: "stored", correct: null, created: false });
    await Promise.all([recordResponse(viewer, id, tf, "True"), recordResponse(viewer, id, tf, "False")]);
    expect(await rows(id)).toHaveLength(1);
  });

  it("rejects a malformed answer without storing anything", async () => {
    const { viewer, id } = await setup("practice");
    expect(await recordResponse(viewer, id, fixture.byKey("mc").id, "Not an option")).toEqual({ status: "invalid", message: "Choose one of the options." });
    expect(await recordResponse(viewer, id, fixture.byKey("mt").id, ["admiral"])).toMatchObject({ status: "invalid" });
    expect(await rows(id)).toHaveLength(0);
  });

  it("moves the attempt's position to the answered question", async () => {
    const { viewer, id } = await setup("test");
    const row = await db.attempt.findUniqueOrThrow({ where: { id } });
    const plan = JSON.parse(row.plan) as { questionId: string }[];
    const q = fixture.questions.find((x) => x.id === plan[4].questionId)!;
    await recordResponse(viewer, id, q.id, q.type === "matching" ? ["admiral", "mathematician"] : q.choices ? (JSON.parse(q.choices) as string[])[0] : "x");
    expect((await db.attempt.findUniqueOrThrow({ where: { id } })).currentIndex).toBe(4);
  });
});

describe("nothing derived from the key exists before a test is submitted", () => {
  it("stores test answers ungraded; export, mastery and review cards show nothing until submission, then grade them", async () => {
    const user = await db.user.create({ data: { email: `k-${randomUUID()}@example.com` } });
    const viewer: Viewer = { userId: user.id, guestId: randomUUID() };
    const started = await startAttempt(viewer, fixture.slug, "test");
    const id = (started as { id: string }).id;
    const right = { mc: "Grace Hopper", tf: "False" } as const;
    for (const [key, answer] of Object.entries(right)) {
      expect(await recordResponse(viewer, id, fixture.byKey(key).id, answer)).toMatchObject({ status: "stored", correct: null });
    }
    // Flipping an answer back and forth reveals nothing either.
    await recordResponse(viewer, id, fixture.byKey("tf").id, "True");
    await recordResponse(viewer, id, fixture.byKey("tf").id, "False");

    expect((await rows(id)).every((r) => r.correct === false)).toBe(true);
    const exported = await exportUserData(user.id);
    expect(exported!.attempts[0].responses.map((r) => r.correct)).toEqual([null, null]);
    expect(exported!.attempts[0].score).toBeNull();
    const later = new Date(Date.now() + 86_400_000);
    expect((await getDashboard(user.id, later)).mastery).toEqual([]);
    expect(await db.reviewCard.count({ where: { userId: user.id } })).toBe(0);

    expect(await submitAttempt(viewer, id)).toEqual({ score: 2, total: 6 });
    expect((await rows(id)).map((r) => r.correct)).toEqual([true, true]);
    expect((await exportUserData(user.id))!.attempts[0].responses.map((r) => r.correct)).toEqual([true, true]);
    expect((await getDashboard(user.id, later)).mastery).toMatchObject([{ right: 2, answered: 2 }]);
    expect(await db.reviewCard.count({ where: { userId: user.id } })).toBeGreaterThan(0);
  });
});
