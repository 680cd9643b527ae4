import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

describe("formatDuration", () => {
  it("uses the largest units that matter", () => {
    expect(formatDuration(0)).toBe("—");
    expect(formatDuration(40_400)).toBe("40 s");
    expect(formatDuration(192_000)).toBe("3 min 12 s");
    expect(formatDuration(3_900_000)).toBe("1 h 5 min");
  });
});
