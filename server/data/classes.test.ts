import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { recordResponse } from "./responses";
import { submitAttempt } from "./attempts";
import { createAssignment, listAssignableSets, listStudentAssignments, startAssignmentAttempt } from "./assignments";
import { createClass, getClassToJoin, getTeacherClass, joinClass, listTeacherClasses, removeStudent, renameClass, setClassArchived } from "./classes";
import { getGradebook, getItemAnalysis, getStudentAttemptReview, listClassAssignments, listDueSoon } from "./gradebook";

let n = 0;
const user = (role: "student" | "teacher", name: string) =>
  db.user.create({ data: { email: `${name.toLowerCase()}-${++n}@example.test`, name, role }, select: { id: true } });
const viewer = (userId: string) => ({ userId, guestId: "guest-unused" });
const DAY = 86_400_000;

let setId: string;
let qIds: string[];

beforeAll(async () => {
  const article = await db.article.create({ data: { slug: "sample", title: "Sample article", visibility: "public" } });
  const version = await db.articleVersion.create({ data: { articleId: article.id, number: 1, hash: "h", body: "Body text.", words: 2 } });
  const set = await db.questionSet.create({ data: { versionId: version.id, generator: "manual", status: "published" } });
  setId = set.id;
  const mc = (i: number, answer: string) => ({
    setId,
    key: `q${i}`,
    type: "multiple_choice",
    prompt: `Question ${i}?`,
    choices: JSON.stringify(["A", "B", "C", "D"]),
    answer: JSON.stringify(answer),
    evidenceStart: 0,
    evidenceEnd: 4,
    evidenceText: "Body",
    explanation: "Because.",
    position: i,
  });
  for (const [i, a] of [[1, "A"], [2, "B"], [3, "C"]] as const) await db.question.create({ data: mc(i, a) });
  await db.question.create({ data: { ...mc(4, "D"), pool: true } });
  qIds = (await db.question.findMany({ where: { setId, pool: false }, orderBy: { position: "asc" } })).map((q) => q.id);
});

async function answerAll(studentId: string, attemptId: string, answers: string[]) {
  for (const [i, answer] of answers.entries()) await recordResponse(viewer(studentId), attemptId, qIds[i], answer);
  return submitAttempt(viewer(studentId), attemptId);
}

const IP = "192.0.2.1";

describe("classes", () => {
  it("are the teacher's own: others can neither read, rename, archive nor remove students", async () => {
    const t1 = await user("teacher", "Tess");
    const t2 = await user("teacher", "Tom");
    const s = await user("student", "Sam");
    const c = await createClass(t1.id, "Year 9");
    expect(c.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{7}$/);
    expect(await getTeacherClass(t2.id, c.id)).toBeNull();
    expect(await renameClass(t2.id, c.id, "Mine now")).toBe(false);
    expect(await setClassArchived(t2.id, c.id, true)).toBe(false);
    expect(await listTeacherClasses(t2.id)).toEqual([]);
    expect(await joinClass(s.id, c.joinCode, IP)).toMatchObject({ status: "joined" });
    expect(await removeStudent(t2.id, c.id, s.id)).toBe(false);
    expect(await listClassAssignments(t2.id, c.id)).toBeNull();
    expect(await getGradebook(t2.id, c.id)).toBeNull();
    expect(await renameClass(t1.id, c.id, "Year 9 English")).toBe(true);
    expect((await getTeacherClass(t1.id, c.id))?.students.map((x) => x.name)).toEqual(["Sam"]);
    expect(await removeStudent(t1.id, c.id, s.id)).toBe(true);
    expect((await getTeacherClass(t1.id, c.id))?.students).toEqual([]);
  });

  it("join only with the code of an active class; twice is harmless; not your own", async () => {
    const t = await user("teacher", "Tara");
    const s = await user("student", "Sia");
    const c = await createClass(t.id, "Reading club");
    expect(await joinClass(s.id, "ABCDEFG", IP)).toEqual({ status: "not_found" });
    expect(await getClassToJoin(c.joinCode, { ip: IP })).toEqual({ status: "found", class: { code: c.joinCode, name: "Reading club", teacher: "Tara" } });
    expect((await joinClass(s.id, c.joinCode, IP)).status).toBe("joined");
    expect((await joinClass(s.id, c.joinCode, IP)).status).toBe("already");
    expect((await joinClass(t.id, c.joinCode, IP)).status).toBe("own_class");
    await setClassArchived(t.id, c.id, true);
    expect(await getClassToJoin(c.joinCode, { ip: IP })).toEqual({ status: "not_found" });
    expect(await joinClass((await user("student", "Late")).id, c.joinCode, IP)).toEqual({ status: "not_found" });
    expect((await listTeacherClasses(t.id))[0]).toMatchObject({ archived: true, students: 1 });
  });
});

describe("class codes can't be guessed without limit (issue 16, item 11)", () => {
  it("refuses an account after 20 wrong codes, and only that account; right codes don't count", async () => {
    const t = await user("teacher", "Gail");
    const c = await createClass(t.id, "Guarded");
    const guesser = await user("student", "Guess");
    const honest = await user("student", "Hana");
    for (let i = 0; i < 30; i++) expect((await getClassToJoin(c.joinCode, { ip: "192.0.2.40", userId: honest.id })).status).toBe("found");
    for (let i = 0; i < 20; i++) expect((await getClassToJoin(`NOPE${i}`, { ip: "192.0.2.41", userId: guesser.id })).status).toBe("not_found");
    expect(await getClassToJoin("ZZZZZZZ", { ip: "192.0.2.42", userId: guesser.id })).toMatchObject({ status: "rate_limited", by: "account", wait: expect.any(Number) });
    // Joining is the same lookup: the right code is refused too while the account waits.
    expect(await joinClass(guesser.id, c.joinCode, "192.0.2.42")).toMatchObject({ status: "rate_limited", by: "account" });
    expect((await joinClass(honest.id, c.joinCode, "192.0.2.41")).status).toBe("joined");
  });

  it("refuses an address after 100 wrong codes, signed in or not; other addresses go on", async () => {
    const t = await user("teacher", "Ada");
    const c = await createClass(t.id, "Open");
    for (let i = 0; i < 100; i++) expect((await getClassToJoin(`NONE${i}`, { ip: "192.0.2.50" })).status).toBe("not_found");
    const limited = await getClassToJoin("YYYYYYY", { ip: "192.0.2.50" });
    expect(limited).toMatchObject({ status: "rate_limited", by: "address" });
    expect((limited as { wait: number }).wait).toBeGreaterThan(800);
    expect((await joinClass((await user("student", "Nat")).id, c.joinCode, "192.0.2.50")).status).toBe("rate_limited");
    expect((await getClassToJoin(c.joinCode, { ip: "192.0.2.51" })).status).toBe("found");
  });
});

describe("assignments, gradebook and item analysis", () => {
  it("run end to end with attempts allowed, late marks and teacher-only reads", async () => {
    const t = await user("teacher", "Teri");
    const other = await user("teacher", "Otto");
    const [ana, ben, cy] = [await user("student", "Ana"), await user("student", "Ben"), await user("student", "Cy")];
    const outsider = await user("student", "Out");
    const c = await createClass(t.id, "9B");
    for (const s of [ana, ben, cy]) await joinClass(s.id, c.joinCode, IP);

    expect((await listAssignableSets(t.id)).map((s) => s.setId)).toContain(setId);
    const base = { classId: c.id, setId, dueAt: new Date(Date.now() + DAY), attemptsAllowed: 2, mode: "test" as const, questionIds: [] };
    expect(await createAssignment(other.id, base)).toEqual({ ok: false, notFound: true });
    expect(await createAssignment(t.id, { ...base, questionIds: ["x".repeat(20)] })).toMatchObject({ ok: false, fieldErrors: { questionIds: expect.any(String) } });
    const created = await createAssignment(t.id, base);
    if (!created.ok) throw new Error("not created");
    const a = created.id;

    // Students see it; outsiders can't start it.
    expect((await listStudentAssignments(ana.id)).map((x) => [x.id, x.status, x.questions])).toEqual([[a, "todo", 3]]);
    expect(await listStudentAssignments(outsider.id)).toEqual([]);
    expect(await startAssignmentAttempt(outsider.id, a)).toBeNull();

    // Ana: 3/3. Ben: 1/3 then 2/3 (second attempt), third refused. Cy starts late: 1/3 marked late.
    const anaT = await startAssignmentAttempt(ana.id, a);
    if (!anaT || !("id" in anaT)) throw new Error("no attempt");
    expect(await startAssignmentAttempt(ana.id, a)).toEqual(anaT); // resumes the open attempt
    expect(await answerAll(ana.id, anaT.id, ["A", "B", "C"])).toEqual({ score: 3, total: 3 });
    const ben1 = (await startAssignmentAttempt(ben.id, a)) as { id: string };
    await answerAll(ben.id, ben1.id, ["A", "C", "D"]);
    const ben2 = (await startAssignmentAttempt(ben.id, a)) as { id: string };
    await answerAll(ben.id, ben2.id, ["A", "B", "D"]);
    expect(await startAssignmentAttempt(ben.id, a)).toEqual({ message: "You have used all 2 attempts at this assignment." });
    const cyT = (await startAssignmentAttempt(cy.id, a, new Date(Date.now() + 2 * DAY))) as { id: string };
    await answerAll(cy.id, cyT.id, ["B", "B", "C"]);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: cyT.id } })).late).toBe(true);

    const benView = (await listStudentAssignments(ben.id))[0];
    expect(benView).toMatchObject({ status: "done", attemptsUsed: 2, canStart: false, best: { score: 2, total: 3 } });
    expect((await listStudentAssignments(cy.id))[0]).toMatchObject({ status: "done", submittedLate: true });

    // Gradebook
    expect(await getGradebook(other.id, c.id)).toBeNull();
    const book = await getGradebook(t.id, c.id);
    expect(book?.students.map((s) => s.name)).toEqual(["Ana", "Ben", "Cy"]);
    const cell = (s: { id: string }) => book!.cells[s.id][a];
    expect(cell(ana)).toMatchObject({ status: "done", attempts: 1, best: { score: 3, percent: 100 }, latest: { score: 3 } });
    expect(cell(ben)).toMatchObject({ status: "done", attempts: 2, best: { score: 2, percent: 67, attemptId: ben2.id }, latest: { score: 2 } });
    expect(cell(cy)).toMatchObject({ status: "late", attempts: 1, best: { score: 2 } });
    expect(cell(ana).timeMs).toBeGreaterThanOrEqual(0);
    expect((await listClassAssignments(t.id, c.id))?.[0]).toMatchObject({ id: a, submitted: 3, questions: 3 });

    // Item analysis over first attempts: Ana A,B,C (3) · Ben A,C,D (1) · Cy B,B,C (2). Upper = Ana, lower = Ben.
    expect(await getItemAnalysis(other.id, a)).toBeNull();
    const items = await getItemAnalysis(t.id, a);
    expect(items?.students).toBe(3);
    expect(items?.questions.map((q) => [q.correct, q.difficulty, q.discrimination])).toEqual([
      [2, 2 / 3, 0],
      [2, 2 / 3, 1],
      [2, 2 / 3, 1],
    ]);
    const q3 = items!.questions[2].answers;
    expect(q3.map((x) => [x.answer, x.count, x.mostChosenWrong])).toEqual([
      ["A", 0, false],
      ["B", 0, false],
      ["C", 2, false],
      ["D", 1, true],
    ]);

    // Drill-down: the teacher reads Ben's review; other teachers and unrelated classes read nothing.
    const review = await getStudentAttemptReview(t.id, c.id, ben1.id);
    expect(review?.review.score).toBe(1);
    expect(review?.attempts.map((x) => x.id)).toEqual([ben1.id, ben2.id]);
    expect(await getStudentAttemptReview(other.id, c.id, ben1.id)).toBeNull();
    const otherClass = await createClass(t.id, "Other");
    expect(await getStudentAttemptReview(t.id, otherClass.id, ben1.id)).toBeNull();

    // A removed student leaves the gradebook and their assignments leave their dashboard.
    await removeStudent(t.id, c.id, cy.id);
    expect((await getGradebook(t.id, c.id))?.students.map((s) => s.name)).toEqual(["Ana", "Ben"]);
    expect(await listStudentAssignments(cy.id)).toEqual([]);
    expect(await getStudentAttemptReview(t.id, c.id, cyT.id)).toBeNull();
  });

  it("asks only the chosen subset of questions", async () => {
    const t = await user("teacher", "Sub");
    const s = await user("student", "Sol");
    const c = await createClass(t.id, "Subset");
    await joinClass(s.id, c.joinCode, IP);
    const r = await createAssignment(t.id, { classId: c.id, setId, dueAt: new Date(Date.now() + DAY), attemptsAllowed: 1, mode: "practice", questionIds: [qIds[2], qIds[0]] });
    if (!r.ok) throw new Error("not created");
    const started = (await startAssignmentAttempt(s.id, r.id)) as { id: string };
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.id } });
    expect(attempt).toMatchObject({ total: 2, mode: "practice", assignmentId: r.id, late: false });
    expect(JSON.parse(attempt.plan).map((e: { questionId: string }) => e.questionId).sort()).toEqual([qIds[0], qIds[2]].sort());
    expect((await getItemAnalysis(t.id, r.id))?.questions.map((q) => q.prompt)).toEqual(["Question 1?", "Question 3?"]);
  });
});

describe("the teacher's home", () => {
  it("lists the teacher's own assignments due in the next two weeks, soonest first, with submissions of enrolled students", async () => {
    const t = await user("teacher", "Hana");
    const other = await user("teacher", "Hugo");
    const s = await user("student", "Sol");
    const c = await createClass(t.id, "10A");
    const old = await createClass(t.id, "Old class");
    await joinClass(s.id, c.joinCode, IP);
    const at = new Date();
    const assign = async (classId: string, days: number, title: string) => {
      const r = await createAssignment(t.id, { classId, setId, dueAt: new Date(at.getTime() + days * DAY), attemptsAllowed: 1, mode: "test", questionIds: [] });
      if (!r.ok) throw new Error("not created");
      await db.assignment.update({ where: { id: r.id }, data: { title } });
      return r.id;
    };
    const later = await assign(c.id, 5, "Later");
    const soon = await assign(c.id, 1, "Soon");
    await assign(c.id, 20, "Far off");
    await assign(old.id, 2, "Archived class");
    await setClassArchived(t.id, old.id, true);
    const started = (await startAssignmentAttempt(s.id, soon)) as { id: string };
    await answerAll(s.id, started.id, ["A", "B", "C"]);

    const due = await listDueSoon(t.id, at);
    expect(due.map((d) => [d.id, d.title, d.className, d.submitted, d.enrolled])).toEqual([
      [soon, "Soon", "10A", 1, 1],
      [later, "Later", "10A", 0, 1],
    ]);
    expect(await listDueSoon(other.id, at)).toEqual([]);
    expect(await listDueSoon(t.id, new Date(at.getTime() + 2 * DAY))).toHaveLength(1);
  });
});
