import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { splitFrontMatter } from "@/lib/validation/teacher-article";
import { db } from "../../db";
import { createTeacherArticle, getArticleForCuration, publishQuestionSet } from ".";

// Counts how often the rules build an article's word index (lib/qgen/links.ts keeps one per memo run): a run that
// ends holding an index of its body built one.
const counter = vi.hoisted(() => ({ builds: 0 }));
vi.mock("@/lib/qgen/memo", async (importOriginal) => {
  const memo = await importOriginal<typeof import("@/lib/qgen/memo")>();
  return {
    ...memo,
    withRun<T>(body: string, fn: () => T): T {
      if (memo.currentRun(body) !== null) return memo.withRun(body, fn);
      return memo.withRun(body, () => {
        const run = memo.currentRun(body)!;
        try {
          return fn();
        } finally {
          if (run.wordIndexes.has(body)) counter.builds++;
        }
      });
    },
  };
});

afterAll(async () => {
  await db.$disconnect();
});

const MILL = splitFrontMatter(readFileSync(path.join(import.meta.dirname, "../../../content/articles/tide-mill-restoration.md"), "utf8")).body;

describe("the rules on the curation page and on publish share one memo run", () => {
  let articleId = "";
  let teacherId = "";
  beforeEach(async () => {
    const teacher = await db.user.create({ data: { email: `memo-${Date.now()}-${Math.random()}@example.com`, role: "teacher" } });
    const r = await createTeacherArticle(teacher.id, { title: "Tide mill", source: "", level: "Intermediate", tags: [], visibility: "private", body: MILL });
    if (!r.ok) throw new Error(JSON.stringify(r));
    [articleId, teacherId] = [r.id, teacher.id];
    counter.builds = 0;
  });

  it("getArticleForCuration builds the article's word index once, however many multiple-choice questions it checks", async () => {
    const article = (await getArticleForCuration(teacherId, articleId))!;
    expect(article.questions.filter((q) => q.type === "multiple_choice").length).toBeGreaterThan(2);
    expect(counter.builds).toBe(1);
  });

  it("publishQuestionSet builds it once", async () => {
    expect(await publishQuestionSet(teacherId, articleId)).toMatchObject({ ok: true });
    expect(counter.builds).toBe(1);
  });
});
