// A small question set of every answerable type, written straight into the test database.
import { db } from "../db";
import type { Question } from "@/generated/prisma/client";

export const FIXTURE_QUESTIONS = [
  { key: "mc", type: "multiple_choice", prompt: "Who chaired the meeting?", choices: ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra"], answer: "Grace Hopper" },
  { key: "tf", type: "true_false", prompt: "The meeting was held in Paris.", choices: ["True", "False"], answer: "False" },
  { key: "fb", type: "fill_blank", prompt: "The talks lasted _____ hours.", answer: "14", accept: ["fourteen"] },
  { key: "sa", type: "short_answer", prompt: "Which city hosted the summit?", answer: "Rotterdam", accept: [] },
  {
    key: "mt",
    type: "matching",
    prompt: "Match each person to their role.",
    items: ["Hopper", "Turing"],
    choices: ["mathematician", "admiral"],
    answer: ["admiral", "mathematician"],
  },
  { key: "ns", type: "not_said", prompt: "Which of these does the article NOT say?", choices: ["A", "B", "C"], answer: "C" },
] as const;

export async function createFixtureSet(slug = `fixture-${Math.random().toString(36).slice(2, 10)}`) {
  const article = await db.article.create({ data: { slug, title: "Fixture article", visibility: "public" } });
  const version = await db.articleVersion.create({ data: { articleId: article.id, number: 1, hash: slug, body: "Body text.", words: 2 } });
  const set = await db.questionSet.create({ data: { versionId: version.id, generator: "test@1", status: "published" } });
  const questions: Question[] = [];
  for (const [position, q] of FIXTURE_QUESTIONS.entries()) {
    questions.push(
      await db.question.create({
        data: {
          setId: set.id,
          key: q.key,
          type: q.type,
          prompt: q.prompt,
          choices: "choices" in q ? JSON.stringify(q.choices) : null,
          items: "items" in q ? JSON.stringify(q.items) : null,
          answer: JSON.stringify(q.answer),
          accept: "accept" in q ? JSON.stringify(q.accept) : null,
          evidenceStart: 0,
          evidenceEnd: 4,
          evidenceText: "Body",
          explanation: `Explanation for ${q.key}.`,
          position,
        },
      }),
    );
  }
  // A review-pool question: never part of a quiz.
  await db.question.create({
    data: { setId: set.id, key: "pool", type: "short_answer", prompt: "Pool?", answer: '"pool"', evidenceStart: 0, evidenceEnd: 4, evidenceText: "Body", explanation: "x", position: 99, pool: true },
  });
  return { slug, article, version, set, questions, byKey: (key: string) => questions.find((q) => q.key === key)! };
}
