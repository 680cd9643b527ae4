// Spaced review hooked into the quiz runner: answers stored by recordResponse / submitAttempt review cards.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { createFixtureSet } from "../test/quiz-fixture";
import { startAttempt, submitAttempt } from "./attempts";
import { claimGuestAttempts } from "./guest-claim";
import { recordResponse } from "./responses";
import { startReviewSession } from "./review-sessions";
import type { Viewer } from "./viewer-scope";

let fixture: Awaited<ReturnType<typeof createFixtureSet>>;
beforeAll(async () => {
  fixture = await createFixtureSet();
});

let n = 0;
async function signedIn(): Promise<Viewer> {
  const user = await db.user.create({ data: { email: `hook${++n}-${randomUUID()}@example.com` } });
  return { userId: user.id, guestId: randomUUID() };
}
const cards = (userId: string) => db.reviewCard.findMany({ where: { userId }, orderBy: { questionId: "asc" } });

describe("review cards from quiz answers", () => {
  it("a signed-in practice answer reviews its card once, even when sent again", async () => {
    const viewer = await signedIn();
    const { id } = (await startAttempt(viewer, fixture.slug, "practice")) as { id: string };
    const mc = fixture.byKey("mc").id;
    const tf = fixture.byKey("tf").id;
    await recordResponse(viewer, id, mc, "Grace Hopper");
    await Promise.all([recordResponse(viewer, id, mc, "Grace Hopper"), recordResponse(viewer, id, mc, "Alan Turing")]);
    await recordResponse(viewer, id, tf, "True"); // wrong
    const rows = await cards(viewer.userId!);
    expect(rows).toHaveLength(2);
    const byQ = new Map(rows.map((c) => [c.questionId, c]));
    expect(byQ.get(mc)).toMatchObject({ reps: 1, lapses: 0 });
    expect(byQ.get(tf)).toMatchObject({ reps: 1 });
    // Wrong comes back sooner than right.
    expect(byQ.get(tf)!.due.getTime()).toBeLessThan(byQ.get(mc)!.due.getTime());
  });

  it("a guest's answers make no card until the attempt is claimed at sign-in", async () => {
    const guest: Viewer = { userId: null, guestId: randomUUID() };
    const { id } = (await startAttempt(guest, fixture.slug, "practice")) as { id: string };
    await recordResponse(guest, id, fixture.byKey("mc").id, "Grace Hopper");
    await recordResponse(guest, id, fixture.byKey("sa").id, "Amsterdam");
    await submitAttempt(guest, id);
    const user = await signedIn();
    expect(await cards(user.userId!)).toHaveLength(0);
    expect(await claimGuestAttempts(user.userId!, guest.guestId)).toBe(1);
    expect((await cards(user.userId!)).map((c) => c.reps)).toEqual([1, 1]);
  });

  it("test mode reviews the final answers once, when the test is submitted", async () => {
    const viewer = await signedIn();
    const { id } = (await startAttempt(viewer, fixture.slug, "test")) as { id: string };
    const tf = fixture.byKey("tf").id;
    await recordResponse(viewer, id, tf, "True");
    await recordResponse(viewer, id, tf, "False"); // changed to the right answer
    expect(await cards(viewer.userId!)).toHaveLength(0);
    await submitAttempt(viewer, id);
    await submitAttempt(viewer, id);
    const [card] = await cards(viewer.userId!);
    expect(card).toMatchObject({ questionId: tf, reps: 1, lapses: 0 });
    // A right first answer is not due tomorrow.
    expect(card.due.getTime() - Date.now()).toBeGreaterThan(36 * 3600_000);
  });

  it("answering in a review session moves the card on", async () => {
    const viewer = await signedIn();
    const { id } = (await startAttempt(viewer, fixture.slug, "practice")) as { id: string };
    const tf = fixture.byKey("tf").id;
    await recordResponse(viewer, id, tf, "True"); // wrong: due tomorrow
    await submitAttempt(viewer, id);
    const before = (await cards(viewer.userId!))[0];
    const tomorrow = new Date(before.due.getTime() + 60_000);
    const session = await startReviewSession(viewer.userId!, fixture.set.id, tomorrow);
    expect(session).not.toBeNull();
    // The runner records with the clock's time (real time outside a request): move the card back a day to match.
    await db.reviewCard.update({ where: { id: before.id }, data: { due: new Date(Date.now() - 1000), lastReview: new Date(Date.now() - 86_400_000) } });
    await recordResponse(viewer, session!.id, tf, "False");
    const after = (await cards(viewer.userId!))[0];
    expect(after.reps).toBe(2);
    expect(after.due.getTime()).toBeGreaterThan(Date.now() + 86_400_000);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: session!.id } })).kind).toBe("review");
  });
});
