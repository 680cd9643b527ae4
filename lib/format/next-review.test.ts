import { describe, expect, it } from "vitest";
import { nextReviewPhrase } from "./next-review";

describe("nextReviewPhrase", () => {
  const now = new Date("2025-04-01T10:00:00Z");
  it("gives the hour for a review later today, in the student's time zone", () => {
    expect(nextReviewPhrase(new Date("2025-04-01T11:00:00Z"), now, "UTC")).toBe("at 11:00 today");
    expect(nextReviewPhrase(new Date("2025-04-01T11:00:00Z"), now, "Europe/Paris")).toBe("at 13:00 today");
  });
  it("gives the day for a review on another day, as the student's calendar counts days", () => {
    expect(nextReviewPhrase(new Date("2025-04-02T10:00:00Z"), now, "UTC")).toBe("on Wed 2 Apr");
    // 23:30 UTC on the 1st is already the 2nd in Tokyo
    expect(nextReviewPhrase(new Date("2025-04-01T23:30:00Z"), now, "Asia/Tokyo")).toBe("on Wed 2 Apr");
  });
});
