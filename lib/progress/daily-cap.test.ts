import { describe, expect, it } from "vitest";
import { DAILY_REVIEW_CAP, planReviews } from "./daily-cap";

const now = new Date("2025-04-10T09:00:00Z");
const cards = (n: number, dueIso: string, prefix = "c") =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i).padStart(3, "0")}`, due: new Date(dueIso) }));

describe("daily review cap", () => {
  it("serves everything due when it fits under the cap", () => {
    const q = planReviews([...cards(3, "2025-04-09T10:00:00Z"), ...cards(2, "2025-04-12T10:00:00Z", "l")], { now, doneToday: 0 });
    expect(q.today.map((c) => c.id)).toEqual(["c000", "c001", "c002"]);
    expect(q).toMatchObject({ dueToday: 3, heldBack: 0, capLeft: DAILY_REVIEW_CAP });
    expect(q.nextDue?.toISOString()).toBe("2025-04-12T10:00:00.000Z");
  });

  it("counts cards due later today as due today (whole-day intervals)", () => {
    const q = planReviews(cards(1, "2025-04-10T23:59:59Z"), { now, doneToday: 0 });
    expect(q.today).toHaveLength(1);
    const tomorrow = planReviews(cards(1, "2025-04-11T00:00:00Z"), { now, doneToday: 0 });
    expect(tomorrow.today).toHaveLength(0);
    expect(tomorrow.upcoming[0]).toEqual({ day: "2025-04-11", count: 1 });
  });

  it("holds a card in a learning step until its hour, and counts it as coming back later today", () => {
    const missed = { id: "m", due: new Date("2025-04-10T10:00:00Z"), state: 1 };
    const learnt = { id: "r", due: new Date("2025-04-10T20:00:00Z"), state: 2 };
    const before = planReviews([missed, learnt], { now, doneToday: 0 });
    expect(before.today.map((c) => c.id)).toEqual(["r"]);
    expect(before).toMatchObject({ dueToday: 1, laterToday: 1 });
    expect(before.nextDue?.toISOString()).toBe("2025-04-10T10:00:00.000Z");
    const after = planReviews([missed, learnt], { now: new Date("2025-04-10T10:00:00Z"), doneToday: 0 });
    expect(after.today.map((c) => c.id)).toEqual(["m", "r"]);
    expect(after).toMatchObject({ dueToday: 2, laterToday: 0 });
  });

  it("spreads a backlog over the next days instead of showing it all at once", () => {
    const q = planReviews(cards(75, "2025-04-01T10:00:00Z"), { now, doneToday: 0, cap: 30 });
    expect(q.today).toHaveLength(30);
    expect(q.heldBack).toBe(45);
    expect(q.dueToday).toBe(75);
    expect(q.upcoming.slice(0, 3)).toEqual([
      { day: "2025-04-11", count: 30 },
      { day: "2025-04-12", count: 15 },
      { day: "2025-04-13", count: 0 },
    ]);
  });

  it("adds the backlog to the cards that fall due on the next days, still under the cap", () => {
    const q = planReviews([...cards(40, "2025-04-01T10:00:00Z"), ...cards(25, "2025-04-11T08:00:00Z", "n")], { now, doneToday: 0, cap: 30 });
    expect(q.upcoming.slice(0, 3).map((d) => d.count)).toEqual([30, 5, 0]);
  });

  it("subtracts what was already reviewed today, and serves the most overdue first", () => {
    const backlog = [...cards(5, "2025-04-09T10:00:00Z", "b"), ...cards(5, "2025-04-02T10:00:00Z", "a")];
    const q = planReviews(backlog, { now, doneToday: 27, cap: 30 });
    expect(q.capLeft).toBe(3);
    expect(q.today.map((c) => c.id)).toEqual(["a000", "a001", "a002"]);
    expect(planReviews(backlog, { now, doneToday: 31, cap: 30 }).today).toEqual([]);
  });

  it("takes 'today' in the student's time zone", () => {
    // 22:00Z on the 10th is already the 11th in Kyiv: a card due at 23:00Z is due "today" there.
    const late = new Date("2025-04-10T22:00:00Z");
    const due = cards(1, "2025-04-11T12:00:00Z");
    expect(planReviews(due, { now: late, doneToday: 0, timeZone: "UTC" }).today).toHaveLength(0);
    expect(planReviews(due, { now: late, doneToday: 0, timeZone: "Europe/Kyiv" }).today).toHaveLength(1);
  });
});
