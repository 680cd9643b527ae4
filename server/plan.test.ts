import { describe, expect, it } from "vitest";
import { makeRng } from "@/lib/qgen/rng";
import { buildPlan, orderedChoices, parsePlan } from "./plan";

const questions = Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, type: i === 3 ? "true_false" : "multiple_choice", choiceCount: i === 3 ? 2 : 4 }));

describe("buildPlan", () => {
  it("is deterministic for a seed and covers every question once, every option once", () => {
    const a = buildPlan(questions, 42);
    expect(buildPlan(questions, 42)).toEqual(a);
    expect(a.map((e) => e.questionId).sort()).toEqual(questions.map((q) => q.id).sort());
    for (const entry of a) {
      const count = questions.find((q) => q.id === entry.questionId)!.choiceCount;
      expect([...entry.order].sort()).toEqual(Array.from({ length: count }, (_, i) => i));
    }
  });

  it("differs between seeds in question order and option order", () => {
    const a = buildPlan(questions, 1);
    const b = buildPlan(questions, 2);
    expect(a.map((e) => e.questionId)).not.toEqual(b.map((e) => e.questionId));
    const optionOrders = (plan: typeof a) => plan.map((e) => `${e.questionId}:${e.order.join("")}`).sort();
    expect(optionOrders(a)).not.toEqual(optionOrders(b));
  });

  it("keeps True, False in place", () => {
    for (let seed = 0; seed < 20; seed++) expect(buildPlan(questions, seed).find((e) => e.questionId === "q3")!.order).toEqual([0, 1]);
  });

  it("never repeats the order it is asked to avoid", () => {
    const two = questions.slice(0, 2);
    for (let seed = 0; seed < 50; seed++) {
      const avoid = buildPlan(two, seed).map((e) => e.questionId);
      expect(buildPlan(two, seed, avoid).map((e) => e.questionId)).not.toEqual(avoid);
    }
  });

  it("shuffles options roughly uniformly", () => {
    const firsts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) firsts[buildPlan([questions[0]], seed)[0].order[0]]++;
    for (const n of firsts) expect(n).toBeGreaterThan(800);
  });
});

describe("plan helpers", () => {
  it("round-trips through JSON and rejects a corrupt plan", () => {
    const plan = buildPlan(questions, 7);
    expect(parsePlan(JSON.stringify(plan))).toEqual(plan);
    expect(() => parsePlan('[{"questionId":1}]')).toThrow();
  });

  it("orders choices by the plan, falling back to stored order on a mismatch", () => {
    expect(orderedChoices(["a", "b", "c"], [2, 0, 1])).toEqual(["c", "a", "b"]);
    expect(orderedChoices(["a", "b"], [0, 1, 2])).toEqual(["a", "b"]);
  });

  it("the seeded generator (makeRng) stays in [0, 1)", () => {
    const r = makeRng(123);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
