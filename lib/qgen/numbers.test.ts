import { describe, expect, it } from "vitest";
import { numberPart, valueOf } from "./distractors";
import { generateQuestionSet } from "./index";
import { perturb } from "./numbers";

describe("numbers written in words", () => {
  it("reads the whole word, not a shorter number word it starts with", () => {
    expect(numberPart("almost ninety years")).toBe("ninety");
    expect(valueOf("almost ninety years")).toBe(90);
    expect(valueOf("fourteen people")).toBe(14);
    expect(valueOf("sixteen boats")).toBe(16);
    expect(valueOf("seventy")).toBe(70);
    expect(valueOf("eighteen")).toBe(18);
    expect(valueOf("nineteen")).toBe(19);
    expect(valueOf("sixty-eight members")).toBe(68);
    expect(valueOf("ninety thousand")).toBe(90_000);
    expect(valueOf("seven leaders")).toBe(7);
    expect(valueOf("$90 billion")).toBe(9e10);
  });

  it("changes a number word into other whole number words", () => {
    for (const w of perturb(90, "ninety", [], 4, new Set())) expect(w).toMatch(/^(?:[a-z]+|[a-z]+-[a-z]+)$/);
    const set = generateQuestionSet({
      title: "The old mill turns again",
      body: "For the first time in almost ninety years, the wooden wheel of the old mill turned on Saturday.\n\nThe mill once employed fourteen workers and ground grain for nineteen farms. Volunteers did much of the work, and the town council paid for the new wheel. The restored mill can now grind flour for the town bakery. Visitors can watch the wheel turn on the first weekend of each month, when the tide allows. The council hopes the mill will draw visitors to the harbour all year.",
    });
    // a changed number word is a number word, never a word with another spliced into it ("sixty-eightty")
    for (const q of [...set.questions, ...set.pool]) for (const t of [q.prompt, ...(q.choices ?? [])]) expect(t).not.toMatch(/\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+ty\b|\w+teenteen/);
  });

  it("puts the answer at different places among its wrong numbers, and keeps them under a maximum", () => {
    const place = (order: number) => {
      const options = [40, ...perturb(40, "40", [], 3, new Set(), order).map(Number)];
      return [...options].sort((a, b) => a - b).indexOf(40);
    };
    expect(new Set([0, 1, 2, 3].map(place)).size).toBeGreaterThanOrEqual(3);
    for (const order of [0, 1, 2, 3]) for (const v of perturb(95, "95", [], 3, new Set(), order, 100)) expect(Number(v)).toBeLessThanOrEqual(100);
    for (const order of [0, 1, 2, 3]) expect(perturb(2, "two", [], 3, new Set(), order)).not.toContain("one");
  });
});

