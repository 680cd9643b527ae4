// Reads an attempt's questions (in the order the attempt asks them) straight from the test server's database,
// so the quiz specs know the right answers without depending on what the generator produced.
import Database from "better-sqlite3";
import path from "node:path";
import pg from "pg";

export interface DbQuestion {
  id: string;
  type: string;
  prompt: string;
  choices: string[];
  items: string[];
  answer: string | string[];
  explanation: string;
  evidenceStart: number;
  evidenceEnd: number;
  evidenceText: string;
}

export interface DbAttempt {
  id: string;
  kind: string;
  mode: string;
  parentId: string | null;
  score: number | null;
  total: number;
  submittedAt: unknown;
  questions: DbQuestion[];
}

function url(): string {
  const value = process.env.DATABASE_URL ?? "file:./.data/test/e2e.db";
  return value;
}

async function query<T>(sql: string, params: unknown[]): Promise<T[]> {
  const u = url();
  if (u.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: u });
    await client.connect();
    try {
      let i = 0;
      return (await client.query(sql.replace(/\?/g, () => `$${++i}`), params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const file = path.resolve(u.replace(/^file:/, ""));
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const json = <T>(value: string | null, fallback: T): T => (value == null ? fallback : (JSON.parse(value) as T));

export async function readAttempt(attemptId: string): Promise<DbAttempt> {
  const [attempt] = await query<{ id: string; kind: string; mode: string; parentId: string | null; score: number | null; total: number; submittedAt: unknown; plan: string }>(
    `SELECT "id", "kind", "mode", "parentId", "score", "total", "submittedAt", "plan" FROM "Attempt" WHERE "id" = ?`,
    [attemptId],
  );
  if (!attempt) throw new Error(`no attempt ${attemptId}`);
  const plan = JSON.parse(attempt.plan) as { questionId: string }[];
  const ids = plan.map((e) => e.questionId);
  const rows = await query<Record<string, unknown>>(
    `SELECT "id", "type", "prompt", "choices", "items", "answer", "explanation", "evidenceStart", "evidenceEnd", "evidenceText" FROM "Question" WHERE "id" IN (${ids.map(() => "?").join(",")})`,
    ids,
  );
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  const questions = ids.map((id) => {
    const r = byId.get(id)!;
    return {
      id,
      type: r.type as string,
      prompt: r.prompt as string,
      choices: json<string[]>(r.choices as string | null, []),
      items: json<string[]>(r.items as string | null, []),
      answer: json<string | string[]>(r.answer as string, ""),
      explanation: r.explanation as string,
      evidenceStart: Number(r.evidenceStart),
      evidenceEnd: Number(r.evidenceEnd),
      evidenceText: r.evidenceText as string,
    };
  });
  return { ...attempt, questions };
}

export async function countResponses(attemptId: string, questionId?: string): Promise<number> {
  const rows = await query<{ n: number | string }>(
    `SELECT COUNT(*) AS "n" FROM "Response" WHERE "attemptId" = ?${questionId ? ` AND "questionId" = ?` : ""}`,
    questionId ? [attemptId, questionId] : [attemptId],
  );
  return Number(rows[0].n);
}
