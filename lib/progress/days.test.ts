import { describe, expect, it } from "vitest";
import { addDays, dayKey, daysBetween, endOfDay, isTimeZone, startOfDay } from "./days";

describe("calendar days in a time zone", () => {
  it("puts an instant on the calendar day of the given zone", () => {
    const at = new Date("2025-03-10T23:30:00Z");
    expect(dayKey(at, "UTC")).toBe("2025-03-10");
    expect(dayKey(at, "Europe/Kyiv")).toBe("2025-03-11");
    expect(dayKey(at, "America/Los_Angeles")).toBe("2025-03-10");
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2024-12-30", "2025-01-02")).toBe(3);
  });

  it("finds local midnight, including on daylight-saving days", () => {
    expect(startOfDay("2025-06-01", "UTC").toISOString()).toBe("2025-06-01T00:00:00.000Z");
    expect(startOfDay("2025-06-01", "Europe/Kyiv").toISOString()).toBe("2025-05-31T21:00:00.000Z");
    // New York springs forward on 2025-03-09: that day starts at 05:00Z (EST), the next at 04:00Z (EDT).
    expect(startOfDay("2025-03-09", "America/New_York").toISOString()).toBe("2025-03-09T05:00:00.000Z");
    expect(endOfDay(new Date("2025-03-09T12:00:00Z"), "America/New_York").toISOString()).toBe("2025-03-10T04:00:00.000Z");
  });

  it("recognises IANA zones and rejects anything else", () => {
    expect(isTimeZone("Europe/Kyiv")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });
});
