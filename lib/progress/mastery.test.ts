import { describe, expect, it } from "vitest";
import { computeMastery, type AnswerRecord } from "./mastery";

const articles = [
  { id: "a", slug: "alpha", title: "Alpha", questionCount: 4 },
  { id: "b", slug: "beta", title: "Beta", questionCount: 2 },
  { id: "c", slug: "gamma", title: "Gamma", questionCount: 5 },
];
const t = (n: number) => new Date(Date.UTC(2025, 0, 1, 0, n));
const ans = (articleId: string, questionId: string, correct: boolean, minute: number): AnswerRecord => ({
  articleId,
  questionId,
  correct,
  answeredAt: t(minute),
});

describe("mastery per article", () => {
  it("counts the latest answer to each question, over all the article's questions", () => {
    const rows = computeMastery(
      [
        ans("a", "a1", false, 1),
        ans("a", "a1", true, 5), // wrong, then right: mastered
        ans("a", "a2", true, 1),
        ans("a", "a2", false, 6), // right, then wrong: not mastered
        ans("a", "a3", true, 2),
        // a4 never answered: not mastered
        ans("b", "b1", true, 1),
        ans("b", "b2", true, 1),
      ],
      articles,
    );
    expect(rows).toEqual([
      { articleId: "a", slug: "alpha", title: "Alpha", right: 2, answered: 3, total: 4, share: 0.5 },
      { articleId: "b", slug: "beta", title: "Beta", right: 2, answered: 2, total: 2, share: 1 },
    ]);
  });

  it("leaves out articles never attempted and sorts the weakest first", () => {
    const rows = computeMastery([ans("b", "b1", false, 1), ans("a", "a1", true, 1)], articles);
    expect(rows.map((r) => [r.slug, r.share])).toEqual([
      ["beta", 0],
      ["alpha", 0.25],
    ]);
  });

  it("is order-independent: answers may arrive unsorted", () => {
    const forward = computeMastery([ans("b", "b1", false, 1), ans("b", "b1", true, 2)], articles);
    const backward = computeMastery([ans("b", "b1", true, 2), ans("b", "b1", false, 1)], articles);
    expect(forward).toEqual(backward);
    expect(forward[0].right).toBe(1);
  });

  it("never divides by zero or exceeds 100 % when more questions were answered than the current quiz has", () => {
    const rows = computeMastery([ans("b", "x1", true, 1), ans("b", "x2", true, 1), ans("b", "x3", true, 1)], articles);
    expect(rows[0]).toMatchObject({ right: 3, total: 3, share: 1 });
    expect(computeMastery([], articles)).toEqual([]);
  });
});
