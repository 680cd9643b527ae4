import { describe, expect, it } from "vitest";
import { editDistance, matchesTypedAnswer } from "./grading";

describe("matchesTypedAnswer", () => {
  it("ignores case, punctuation and leading articles", () => {
    expect(matchesTypedAnswer("the white house", "The White House")).toBe(true);
    expect(matchesTypedAnswer("White House!", "the White House")).toBe(true);
    expect(matchesTypedAnswer("  KREMLIN ", "The Kremlin")).toBe(true);
  });
  it("reads number words and digits as the same number", () => {
    expect(matchesTypedAnswer("fourteen", "14")).toBe(true);
    expect(matchesTypedAnswer("14", "fourteen")).toBe(true);
    expect(matchesTypedAnswer("forty minutes", "40 minutes")).toBe(true);
    expect(matchesTypedAnswer("3000", "3,000")).toBe(true);
    expect(matchesTypedAnswer("twenty-seven", "27")).toBe(true);
  });
  it("reads currency symbols and scale words", () => {
    expect(matchesTypedAnswer("ninety billion dollars", "$90 billion")).toBe(true);
    expect(matchesTypedAnswer("$90bn", "$90 billion")).toBe(true);
    expect(matchesTypedAnswer("90 billion", "$90 billion")).toBe(true);
    expect(matchesTypedAnswer("£1.2 million", "£1.2 million")).toBe(true);
    expect(matchesTypedAnswer("90 billion euros", "$90 billion")).toBe(false);
  });
  it("forgives small typos, by word length", () => {
    expect(matchesTypedAnswer("Zelenksy", "Zelensky")).toBe(true);
    expect(matchesTypedAnswer("Tusday", "Tuesday")).toBe(true);
    expect(matchesTypedAnswer("Zelinskyy", "Zelensky")).toBe(true);
    expect(matchesTypedAnswer("Tuxsdai", "Tuesday")).toBe(false);
  });
  it("never accepts a different number or a different name", () => {
    expect(matchesTypedAnswer("15", "14")).toBe(false);
    expect(matchesTypedAnswer("fifteen", "14")).toBe(false);
    expect(matchesTypedAnswer("$9 billion", "$90 billion")).toBe(false);
    expect(matchesTypedAnswer("Putin", "Trump")).toBe(false);
    expect(matchesTypedAnswer("Monday", "Sunday")).toBe(false);
    expect(matchesTypedAnswer("Rutin", "Putin")).toBe(false);
    expect(matchesTypedAnswer("", "Trump")).toBe(false);
  });
  it("accepts the listed variants (surname, full name, hedge)", () => {
    expect(matchesTypedAnswer("Vladimir Putin", "Putin", ["Vladimir Putin"])).toBe(true);
    expect(matchesTypedAnswer("about 40 minutes", "40 minutes")).toBe(true);
    expect(matchesTypedAnswer("at least 14 people", "14", ["14 people"])).toBe(true);
  });
  it("computes Damerau-Levenshtein with transpositions", () => {
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});
