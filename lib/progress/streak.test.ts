import { describe, expect, it } from "vitest";
import { computeStreak } from "./streak";

const at = (iso: string) => new Date(iso);

describe("streak", () => {
  it("is zero with no finished quiz", () => {
    expect(computeStreak([], at("2025-05-10T12:00:00Z"))).toEqual({ current: 0, longest: 0, today: false });
  });

  it("counts consecutive days ending today, several quizzes a day counting once", () => {
    const done = ["2025-05-08T09:00:00Z", "2025-05-09T10:00:00Z", "2025-05-09T18:00:00Z", "2025-05-10T07:00:00Z"].map(at);
    expect(computeStreak(done, at("2025-05-10T12:00:00Z"))).toEqual({ current: 3, longest: 3, today: true });
  });

  it("stays alive through today when the last active day was yesterday", () => {
    const done = ["2025-05-08T09:00:00Z", "2025-05-09T10:00:00Z"].map(at);
    expect(computeStreak(done, at("2025-05-10T23:59:00Z"))).toEqual({ current: 2, longest: 2, today: false });
  });

  it("breaks after a day without a quiz, but remembers the longest run", () => {
    const done = ["2025-05-01T09:00:00Z", "2025-05-02T09:00:00Z", "2025-05-03T09:00:00Z", "2025-05-06T09:00:00Z"].map(at);
    expect(computeStreak(done, at("2025-05-08T08:00:00Z"))).toEqual({ current: 0, longest: 3, today: false });
    expect(computeStreak(done, at("2025-05-06T20:00:00Z"))).toEqual({ current: 1, longest: 3, today: true });
  });

  it("takes day boundaries at midnight, to the second", () => {
    const done = [at("2025-05-09T23:59:59Z"), at("2025-05-10T00:00:00Z")];
    expect(computeStreak(done, at("2025-05-10T00:00:01Z")).current).toBe(2);
    const apart = [at("2025-05-08T23:59:59Z"), at("2025-05-10T00:00:00Z")];
    expect(computeStreak(apart, at("2025-05-10T00:00:01Z")).current).toBe(1);
  });

  it("uses the student's time zone for day boundaries", () => {
    // 22:30Z on the 9th and 21:30Z on the 10th are two different days in UTC, and also in Kyiv (UTC+3): the 10th and the 11th.
    const done = [at("2025-05-09T22:30:00Z"), at("2025-05-10T21:30:00Z")];
    expect(computeStreak(done, at("2025-05-10T22:00:00Z"), "UTC").current).toBe(2);
    expect(computeStreak(done, at("2025-05-10T22:00:00Z"), "Europe/Kyiv")).toEqual({ current: 2, longest: 2, today: true });
    // 20:30Z and 21:30Z on the 9th: one day in UTC, two days in Kyiv (23:30 on the 9th, 00:30 on the 10th).
    const night = [at("2025-05-09T20:30:00Z"), at("2025-05-09T21:30:00Z")];
    expect(computeStreak(night, at("2025-05-09T22:00:00Z"), "UTC").current).toBe(1);
    expect(computeStreak(night, at("2025-05-09T22:00:00Z"), "Europe/Kyiv").current).toBe(2);
  });

  it("ignores activity after now (a clock moved back)", () => {
    const done = [at("2025-05-09T12:00:00Z"), at("2025-05-20T12:00:00Z")];
    expect(computeStreak(done, at("2025-05-10T12:00:00Z"))).toEqual({ current: 1, longest: 1, today: false });
  });
});
