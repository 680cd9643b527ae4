// The people and work the web benchmark's signed-in pages show, made through Lectio's own data functions on the
// benchmark's fresh database: a teacher with a class of students, two assignments they have taken, and one student
// ("Sam") with a quiz history, a quiz in progress and a scored result. Prints one JSON line for scripts/bench-web.ts.
// Run with `tsx --conditions=react-server` (the data layer is server-only), after the seed.
import { createAssignment, listAssignableSets, startAssignmentAttempt } from "../../server/data/assignments";
import { getRunnerView } from "../../server/data/attempt-view";
import { moveFrom, startAttempt, submitAttempt } from "../../server/data/attempts";
import { createClass, joinClass } from "../../server/data/classes";
import { recordResponse } from "../../server/data/responses";
import { createUser } from "../../server/data/users";
import { db } from "../../server/db";
import type { Viewer } from "../../server/data/viewer-scope";

const PASSWORD = "bench-lantern-harbour-42";
const SLUGS = ["ukraine-security-guarantees", "comet-lander-mission"];

async function user(name: string, email: string, role: "student" | "teacher") {
  const created = await createUser({ name, email, password: PASSWORD, role });
  if (!created.ok) throw new Error(`could not create ${email}: ${created.message ?? JSON.stringify(created.fieldErrors)}`);
  return created.user;
}

/** Answers up to `answers` questions of the attempt, taking the options in turn (so some right, some wrong), then submits if asked. */
async function take(viewer: Viewer, attemptId: string, answers: number, submit: boolean): Promise<void> {
  for (let i = 0; i < answers; i++) {
    const view = await getRunnerView(viewer, attemptId);
    if (!view || "submitted" in view) throw new Error(`attempt ${attemptId} is not open`);
    const q = view.question;
    const answer = q.type === "matching" ? q.items.map((_, k) => q.options[(k + i) % q.options.length]) : q.options.length ? q.options[i % q.options.length] : "the article";
    const stored = await recordResponse(viewer, attemptId, q.id, answer);
    if (!stored || stored.status !== "stored") throw new Error(`answer not stored: ${JSON.stringify(stored)}`);
    if ((await moveFrom(viewer, attemptId, q.id, 1)) === "end") break;
  }
  if (submit && !(await submitAttempt(viewer, attemptId))) throw new Error(`attempt ${attemptId} not submitted`);
}

async function main() {
  const teacher = await user("Tess Teacher", "teacher@bench.example", "teacher");
  const students = await Promise.all(
    ["Sam Student", "Ada Lovell", "Ben Okafor", "Chloé Martin", "Dev Patel", "Eva Novak"].map((name, i) => user(name, `student${i}@bench.example`, "student")),
  );
  const cls = await createClass(teacher.id, "Year 9 English");
  // (from one address, as a class in one room joins)
  for (const s of students) await joinClass(s.id, cls.joinCode, "127.0.0.1");

  const sets = await listAssignableSets(teacher.id);
  const due = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const assignments: string[] = [];
  for (const slug of SLUGS) {
    const set = sets.find((s) => s.slug === slug);
    if (!set) throw new Error(`no published set for ${slug}`);
    const made = await createAssignment(teacher.id, { classId: cls.id, setId: set.setId, dueAt: due, attemptsAllowed: 1, mode: "test", questionIds: [] });
    if (!made.ok) throw new Error(`assignment not created: ${JSON.stringify(made)}`);
    assignments.push(made.id);
  }

  // Every student takes the first assignment; all but the last two take the second (the gradebook shows both states).
  let resultsAttemptId = "";
  for (const [i, s] of students.entries()) {
    for (const [k, assignmentId] of assignments.entries()) {
      if (k === 1 && i >= students.length - 2) continue;
      const started = await startAssignmentAttempt(s.id, assignmentId);
      if (!started || !("id" in started)) throw new Error(`assignment attempt not started: ${JSON.stringify(started)}`);
      await take({ userId: s.id, guestId: "" }, started.id, 100, true);
      if (i === 0 && k === 0) resultsAttemptId = started.id;
    }
  }

  // Sam's own practice history on the first article, then a quiz in progress.
  const sam: Viewer = { userId: students[0].id, guestId: "" };
  for (let n = 0; n < 2; n++) {
    const started = await startAttempt(sam, SLUGS[0], "practice");
    if (!started || !("id" in started)) throw new Error(`practice not started: ${JSON.stringify(started)}`);
    await take(sam, started.id, 100, true);
  }
  const open = await startAttempt(sam, SLUGS[0], "test");
  if (!open || !("id" in open)) throw new Error(`quiz not started: ${JSON.stringify(open)}`);
  await take(sam, open.id, 3, false);

  console.log(
    JSON.stringify({
      teacher: { email: teacher.email, password: PASSWORD },
      student: { email: students[0].email, password: PASSWORD },
      slug: SLUGS[0],
      classId: cls.id,
      quizAttemptId: open.id,
      resultsAttemptId,
    }),
  );
}

main()
  .catch((error: unknown) => {
    console.error(`Lectio bench fixture failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
