/**
 * Properties over every text of the judged set (lib/qgen/eval/texts: real texts by others, held-out ones too — the
 * tests read no generated question aloud, they only check it), as issue 18 asks of the generator:
 * - no true statement copied from the article;
 * - no stem or option that points to something it does not name;
 * - at most 10 % of multiple-choice items offer a name the article never mentions;
 * - no quiz question shows the answer of another (its evidence sentence and answer, in stem, options or feedback).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestionSet, validateQuestion } from "./index";
import { copiedFromArticle } from "./model/paraphrase";
import { pointsOutside } from "./model/refs";
import type { GeneratedQuestion } from "./types";

const dir = path.resolve(import.meta.dirname, "eval/texts");
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ""), body: readFileSync(path.join(dir, f), "utf8") }));
const sets = texts.map((t) => ({ ...t, out: generateQuestionSet({ title: t.id.replace(/-/g, " "), body: t.body }) }));
const stemOf = (q: GeneratedQuestion) => q.prompt.replace(/^True or false:\s*/, "");
const norm = (s: string) => s.toLowerCase().replace(/[“”"’']/g, "").replace(/\s+/g, " ");

describe("every text of the judged set (property)", () => {
  it("holds 40 texts or more, and every question passes every rule", () => {
    expect(texts.length).toBeGreaterThanOrEqual(40);
    for (const { body, out } of sets) for (const q of [...out.questions, ...out.pool]) expect(validateQuestion(q, body), q.prompt).toEqual([]);
  });

  it("states nothing copied from the article as true", () => {
    let trues = 0;
    for (const { body, out } of sets)
      for (const q of [...out.questions, ...out.pool])
        if (q.type === "true_false" && q.answer === "True") {
          trues++;
          expect(copiedFromArticle(stemOf(q), body.toLowerCase()), q.prompt).toBe(false);
        }
    expect(trues).toBeGreaterThan(0);
  });

  it("has no stem or option that points to something it does not name", () => {
    for (const { out } of sets)
      for (const q of [...out.questions, ...out.pool]) {
        expect(pointsOutside(stemOf(q)), q.prompt).toBe(false);
        if (q.type === "multiple_choice" || q.type === "not_said") for (const c of q.choices ?? []) expect(pointsOutside(c), c).toBe(false);
      }
  });

  it("offers a name the article never mentions in at most 10 % of multiple-choice items", () => {
    let mc = 0;
    let foreign = 0;
    for (const { body, out } of sets) {
      const lower = body.toLowerCase();
      for (const q of out.questions) {
        if (q.type !== "multiple_choice") continue;
        mc++;
        // a name: capitalised words, not the first word of a sentence-like option
        const names = (q.choices ?? []).filter((c) => c !== q.answer && /^(The )?[A-Z][\p{L}'’.-]+( [A-Z][\p{L}'’.-]+)*$/u.test(c) && !/^\d/.test(c));
        if (names.some((c) => !lower.includes(c.replace(/^The /, "").toLowerCase()))) foreign++;
      }
    }
    expect(mc).toBeGreaterThan(40);
    expect(foreign / mc).toBeLessThanOrEqual(0.1);
  });

  it("has no quiz question whose answer another question of the quiz shows", () => {
    let pairs = 0;
    for (const { out } of sets)
      for (const b of out.questions) {
        if (!["multiple_choice", "short_answer", "true_false"].includes(b.type)) continue;
        const sentence = norm(b.evidence.text);
        const answer = b.type === "true_false" ? null : norm(String(b.answer));
        for (const a of out.questions) {
          if (a === b) continue;
          pairs++;
          const shown = norm([a.prompt, ...(a.choices ?? []), ...(a.items ?? []), a.explanation, a.evidence.text].join(" | "));
          // a shows b's sentence whole: its truth (a statement) or its answer is there to read
          const showsSentence = shown.includes(sentence);
          expect(showsSentence && (answer === null || shown.includes(answer)), `${a.prompt} → ${b.prompt}`).toBe(false);
        }
      }
    expect(pairs).toBeGreaterThan(100);
  });
});
