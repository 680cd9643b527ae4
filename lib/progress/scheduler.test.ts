import { describe, expect, it } from "vitest";
import { newCard, reviewCard } from "./scheduler";

const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date("2025-04-01T10:00:00Z");
const daysAfter = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY;

describe("scheduler wrapper (FSRS)", () => {
  it("brings a missed question back an hour later, the same day, then onto the schedule of days once right", () => {
    const card = reviewCard(null, false, t0);
    expect(daysAfter(t0, card.due) * 24).toBe(1);
    expect(card).toMatchObject({ reps: 1, lastReview: t0 });
    const relearnt = reviewCard(card, true, card.due);
    expect(daysAfter(card.due, relearnt.due)).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(daysAfter(card.due, relearnt.due))).toBe(true);
  });

  it("waits longer after a right answer than after a wrong one", () => {
    const right = reviewCard(null, true, t0);
    const wrong = reviewCard(null, false, t0);
    expect(daysAfter(t0, right.due)).toBeGreaterThanOrEqual(2);
    expect(right.due.getTime()).toBeGreaterThan(wrong.due.getTime());
    expect(right.stability).toBeGreaterThan(wrong.stability);
  });

  it("grows the interval with each right answer on time", () => {
    let card = reviewCard(null, true, t0);
    const gaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      const at = card.due;
      card = reviewCard(card, true, at);
      gaps.push(daysAfter(at, card.due));
    }
    expect(gaps[1]).toBeGreaterThan(gaps[0]);
    expect(gaps[2]).toBeGreaterThan(gaps[1]);
    expect(card.reps).toBe(4);
    expect(card.lapses).toBe(0);
  });

  it("counts a lapse and shortens the interval when a learned question is missed", () => {
    let card = reviewCard(null, true, t0);
    card = reviewCard(card, true, card.due);
    const before = card.stability;
    const at = card.due;
    card = reviewCard(card, false, at);
    expect(card.lapses).toBe(1);
    expect(card.stability).toBeLessThan(before);
    expect(daysAfter(at, card.due)).toBeLessThanOrEqual(2);
  });

  it("never schedules into the past when the clock goes backwards", () => {
    const first = reviewCard(null, false, t0);
    const earlier = new Date(t0.getTime() - 3 * DAY);
    const second = reviewCard(first, true, earlier);
    expect(second.due.getTime()).toBeGreaterThan(t0.getTime());
    expect(second.reps).toBe(2);
  });

  it("starts new cards as due now and never reviewed", () => {
    expect(newCard(t0)).toMatchObject({ due: t0, reps: 0, lapses: 0, state: 0, lastReview: null });
  });
});
