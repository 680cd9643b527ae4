/**
 * tsx scripts/sim-item-flags.ts — how often item analysis would call a sound question broken, and how often it
 * catches a broken one, by the number of students analysed (decision 035). Simulated classes, seeded, so the
 * figures are the same on every run.
 *
 * Model (two-parameter logistic): each student has an ability θ ~ N(0, 1); a 10-question quiz has sound questions
 * with discrimination a ~ U(0.2, 1.5) and difficulty b ~ N(−0.5, 1) (class quizzes are mostly easy), and in half
 * of the quizzes question 1 is broken (a = −1: a wrong key or a misleading wording). P(correct) =
 * 1 / (1 + e^(−1.7 a (θ − b))). Each class goes through lib/analytics/items.ts as it is, flags counted with the
 * rule alone ("discrimination below 0"), without the minimum sample size.
 */
import { analyseItems, type StudentResponses } from "../lib/analytics/items";

let state = 20261208;
const rand = () => {
  state = (state * 1664525 + 1013904223) >>> 0;
  return state / 2 ** 32;
};
const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

const QUESTIONS = 10;
const TRIALS = 4000;

function simulate(n: number) {
  let soundFlags = 0, sound = 0, brokenFlags = 0, broken = 0, cleanQuizzes = 0, cleanQuizzesFlagged = 0;
  for (let t = 0; t < TRIALS; t++) {
    const hasBroken = t % 2 === 0;
    const items = Array.from({ length: QUESTIONS }, (_, i) => ({ id: `q${i}`, a: hasBroken && i === 0 ? -1 : 0.2 + 1.3 * rand(), b: normal() - 0.5 }));
    const students: StudentResponses[] = Array.from({ length: n }, (_, s) => {
      const theta = normal();
      const responses = Object.fromEntries(
        items.map((it) => {
          const correct = rand() < 1 / (1 + Math.exp(-1.7 * it.a * (theta - it.b)));
          return [it.id, { answer: correct ? "right" : "wrong", correct }];
        }),
      );
      return { studentId: `s${s}`, responses };
    });
    const stats = analyseItems(items.map((it) => ({ id: it.id, options: ["right", "wrong"], correct: "right" })), students);
    const flags = stats.map((s) => s.discrimination !== null && s.discrimination < 0);
    flags.forEach((flag, i) => {
      if (items[i].a < 0) {
        broken++;
        brokenFlags += Number(flag);
      } else {
        sound++;
        soundFlags += Number(flag);
      }
    });
    if (!hasBroken) {
      cleanQuizzes++;
      cleanQuizzesFlagged += Number(flags.some(Boolean));
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
  return { n, soundQuestionFlagged: pct(soundFlags, sound), soundQuizWithAFlag: pct(cleanQuizzesFlagged, cleanQuizzes), brokenQuestionFlagged: pct(brokenFlags, broken) };
}

console.table([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30].map(simulate));
