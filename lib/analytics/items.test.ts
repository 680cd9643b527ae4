import { describe, expect, it } from "vitest";
import { analyseItems, answerCounts, difficulty, discrimination, looksBroken, MIN_STUDENTS_FOR_FLAGS, scoreGroups, type StudentResponses } from "./items";

describe("difficulty", () => {
  it("is the share correct", () => {
    expect(difficulty([true, false, true, true])).toBe(0.75);
    expect(difficulty([false, false])).toBe(0);
  });
  it("is null without students", () => {
    expect(difficulty([])).toBeNull();
  });
});

describe("scoreGroups", () => {
  const s = (id: string, score: number) => ({ id, score });
  it("takes the top and bottom 27 % (10 students → 3 each)", () => {
    const students = [s("a", 5), s("b", 9), s("c", 1), s("d", 7), s("e", 3), s("f", 8), s("g", 2), s("h", 6), s("i", 4), s("j", 10)];
    const { upper, lower } = scoreGroups(students);
    expect(upper.map((x) => x.id)).toEqual(["j", "b", "f"]);
    expect(lower.map((x) => x.id)).toEqual(["e", "g", "c"]);
  });
  it("uses one student per group for two or three students, and never overlaps", () => {
    expect(scoreGroups([s("a", 1), s("b", 2)])).toEqual({ upper: [s("b", 2)], lower: [s("a", 1)] });
    const three = scoreGroups([s("a", 1), s("b", 2), s("c", 3)]);
    expect(three.upper.map((x) => x.id)).toEqual(["c"]);
    expect(three.lower.map((x) => x.id)).toEqual(["a"]);
  });
  it("has no groups for a single student", () => {
    expect(scoreGroups([s("a", 1)])).toEqual({ upper: [], lower: [] });
  });
  it("breaks ties by the given order", () => {
    const { upper, lower } = scoreGroups([s("a", 1), s("b", 1), s("c", 1), s("d", 1)]);
    expect(upper.map((x) => x.id)).toEqual(["a"]);
    expect(lower.map((x) => x.id)).toEqual(["d"]);
  });
});

describe("discrimination", () => {
  it("is upper share correct minus lower share correct", () => {
    expect(discrimination([true, true, false], [false, false, true])).toBeCloseTo(1 / 3);
    expect(discrimination([true], [true])).toBe(0);
    expect(discrimination([false, false], [true, false])).toBe(-0.5);
  });
  it("is null when a group is empty", () => {
    expect(discrimination([], [true])).toBeNull();
  });
  it("flags negative values only, and only from MIN_STUDENTS_FOR_FLAGS students on", () => {
    expect(MIN_STUDENTS_FOR_FLAGS).toBe(10);
    expect(looksBroken(-0.5, 10)).toBe(true);
    expect(looksBroken(-1, 9)).toBe(false);
    expect(looksBroken(-1, 2)).toBe(false);
    expect(looksBroken(0, 30)).toBe(false);
    expect(looksBroken(null, 30)).toBe(false);
  });
});

describe("answerCounts", () => {
  it("counts every option, zeros included, and marks the most-chosen wrong answer", () => {
    const counts = answerCounts(["Paris", "Rome", "Oslo", "Bern"], "Paris", ["Rome", "Paris", "Rome", "Oslo", "Rome"]);
    expect(counts).toEqual([
      { answer: "Paris", count: 1, correct: true, mostChosenWrong: false },
      { answer: "Rome", count: 3, correct: false, mostChosenWrong: true },
      { answer: "Oslo", count: 1, correct: false, mostChosenWrong: false },
      { answer: "Bern", count: 0, correct: false, mostChosenWrong: false },
    ]);
  });
  it("marks the first option on a tie and nothing when no wrong answer was given", () => {
    const tie = answerCounts(["A", "B", "C"], "A", ["C", "B"]);
    expect(tie.filter((c) => c.mostChosenWrong).map((c) => c.answer)).toEqual(["B"]);
    expect(answerCounts(["A", "B"], "A", ["A", "A"]).some((c) => c.mostChosenWrong)).toBe(false);
  });
  it("lists typed answers after the options, most frequent first", () => {
    const counts = answerCounts([], "macron", ["macron", "starmer", "merz", "starmer"]);
    expect(counts.map((c) => [c.answer, c.count, c.mostChosenWrong])).toEqual([
      ["starmer", 2, true],
      ["macron", 1, false],
      ["merz", 1, false],
    ]);
  });
});

describe("analyseItems", () => {
  // Four students, three questions. q3 is answered right by the two weakest and wrong by the two strongest.
  const questions = [
    { id: "q1", options: ["A", "B", "C"], correct: "A" },
    { id: "q2", options: ["True", "False"], correct: "False" },
    { id: "q3", options: ["X", "Y", "Z"], correct: "Z" },
  ];
  const r = (answer: string, correct: boolean) => ({ answer, correct });
  const students: StudentResponses[] = [
    { studentId: "ana", responses: { q1: r("A", true), q2: r("False", true), q3: r("X", false) } }, // 2
    { studentId: "ben", responses: { q1: r("A", true), q2: r("False", true), q3: r("Y", false) } }, // 2
    { studentId: "cy", responses: { q1: r("B", false), q2: r("True", false), q3: r("Z", true) } }, // 1
    { studentId: "dee", responses: { q1: r("B", false), q3: r("Z", true) } }, // 1, q2 unanswered
  ];
  const stats = analyseItems(questions, students);

  it("computes difficulty with unanswered counted as wrong", () => {
    expect(stats.map((s) => s.difficulty)).toEqual([0.5, 0.5, 0.5]);
    expect(stats[1]).toMatchObject({ students: 4, answered: 3, correct: 2, unanswered: 1 });
  });
  it("computes discrimination from the top and bottom student (27 % of 4 → 1)", () => {
    // upper = ana (score 2, first of the tie), lower = dee (score 1, last of the tie)
    expect(stats.map((s) => s.discrimination)).toEqual([1, 1, -1]);
  });
  it("compares groups of one student each, and so flags nothing", () => {
    expect(stats.map((s) => s.groupSize)).toEqual([1, 1, 1]);
    expect(stats.map((s) => s.flagged)).toEqual([false, false, false]);
  });
  it("flags the question strong students miss once 12 students are analysed (groups of 3)", () => {
    const twelve = [1, 2, 3].flatMap((k) => students.map((st) => ({ ...st, studentId: `${st.studentId}${k}` })));
    const big = analyseItems(questions, twelve);
    expect(big.map((s) => [s.students, s.groupSize, s.discrimination, s.flagged])).toEqual([
      [12, 3, 1, false],
      [12, 3, 1, false],
      [12, 3, -1, true],
    ]);
  });
  it("counts the answers per option", () => {
    expect(stats[0].answers.map((a) => [a.answer, a.count, a.mostChosenWrong])).toEqual([
      ["A", 2, false],
      ["B", 2, true],
      ["C", 0, false],
    ]);
    expect(stats[2].answers.find((a) => a.mostChosenWrong)?.answer).toBe("X");
  });
  it("counts typed variants the grader accepted as correct", () => {
    const typed = analyseItems([{ id: "t", options: [], correct: "Macron" }], [
      { studentId: "a", responses: { t: r("macron", true) } },
      { studentId: "b", responses: { t: r("Merz", false) } },
    ]);
    expect(typed[0].answers.map((a) => [a.answer, a.correct, a.mostChosenWrong])).toEqual([
      ["macron", true, false],
      ["Merz", false, true],
    ]);
  });
  it("handles no students", () => {
    expect(analyseItems(questions, [])[0]).toMatchObject({ difficulty: null, discrimination: null, flagged: false, answered: 0 });
  });
});
