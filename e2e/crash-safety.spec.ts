import net from "node:net";
import { expect, test } from "@playwright/test";
import { startServer } from "../scripts/lib/server";
import { newRecorder, runStudent } from "../scripts/lib/student-flow";
import { queryDb } from "./db";
import { SEED_SLUG } from "./fixtures";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

// A second app server on the same database as the test server (app servers are stateless): students take
// quizzes through it, it is killed with SIGKILL mid-load, restarted, and the stored rows are checked.
test("a server killed mid-load loses no acknowledged answer and leaves no half-scored attempt", async () => {
  test.setTimeout(180_000);
  const port = await freePort();
  const env = { ...process.env };
  let server = await startServer(port, env);
  const rec = newRecorder();
  const students = Array.from({ length: 30 }, () => runStudent(rec, server.url, SEED_SLUG, 10));

  await expect.poll(() => rec.acknowledged.size, { timeout: 90_000, intervals: [50] }).toBeGreaterThanOrEqual(60);
  server.child.kill("SIGKILL");
  await Promise.all(students);
  const unfinished = 30 - rec.submitted.size;
  expect(unfinished, "the kill interrupted students mid-quiz").toBeGreaterThan(0);
  await expect(fetch(`${server.url}/api/health`), "nothing serves on the killed server's port").rejects.toThrow();

  server = await startServer(port, env);
  try {
    const attemptIds = [...rec.attempts];
    const marks = attemptIds.map(() => "?").join(",");
    const stored = await queryDb<{ attemptId: string; questionId: string }>(
      `SELECT "attemptId", "questionId" FROM "Response" WHERE "attemptId" IN (${marks})`,
      `SELECT "attemptId", "questionId" FROM "Response" WHERE "attemptId" = ANY($1)`,
      attemptIds.length ? (process.env.DATABASE_URL?.startsWith("postgres") ? [attemptIds] : attemptIds) : [],
    );
    const storedKeys = new Set(stored.map((r) => `${r.attemptId}/${r.questionId}`));
    const lost = [...rec.acknowledged].filter((k) => !storedKeys.has(k));
    expect(lost, "acknowledged answers missing after the crash").toEqual([]);

    const halfScored = await queryDb(
      `SELECT "id" FROM "Attempt" WHERE ("submittedAt" IS NULL) <> ("score" IS NULL)`,
      `SELECT "id" FROM "Attempt" WHERE ("submittedAt" IS NULL) <> ("score" IS NULL)`,
    );
    expect(halfScored, "attempts submitted without a score, or scored without being submitted").toEqual([]);

    // Acknowledged submissions kept the score the server returned.
    for (const [attemptId, score] of rec.submitted) {
      const [row] = await queryDb<{ score: number }>(`SELECT "score" FROM "Attempt" WHERE "id" = ?`, `SELECT "score" FROM "Attempt" WHERE "id" = $1`, [attemptId]);
      expect(row?.score).toBe(score);
    }

    // Students interrupted by the crash carry on after the restart: their attempts are still open and usable.
    const resumed = newRecorder();
    await runStudent(resumed, server.url, SEED_SLUG, 3);
    expect(resumed.errors.size).toBe(0);
  } finally {
    await server.stop();
  }
});
