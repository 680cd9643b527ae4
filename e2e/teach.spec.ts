// Teachers: a class, two students joining (code and link), an assignment of the seed quiz taken with known
// answers, then the gradebook, item analysis and both CSV files checked to the number; then every teacher page,
// CSV and action tried by people who must not get it.
import type { APIRequestContext, Browser, BrowserContext, Page, Request } from "@playwright/test";
import path from "node:path";
import { DESKTOP, expect, PHONE, screenshot, SEED_TITLE, signUp, test } from "./fixtures";
import { readAttempt } from "./helpers/quiz-db";
import { answerFor, fillAnswer } from "./helpers/quiz-ui";

test.describe.configure({ mode: "serial" });

/** Desktop and phone screenshots; TEACH_SHOTS_DIR keeps a copy outside test-results (which parallel runs clear). */
async function shots(page: Page, name: string) {
  for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${name}-${size}`);
    const keep = process.env.TEACH_SHOTS_DIR;
    if (keep) await page.screenshot({ path: path.join(keep, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

/** Console errors and page errors from every browser the tests open (a 404 the test asks for is expected). */
const consoleErrors: string[] = [];
function watchConsole(page: Page) {
  page.on("console", (msg) => {
    if (msg.type() === "error" && !/status of 404/.test(msg.text())) consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
}
test.afterEach(() => {
  expect(consoleErrors, "console errors in the teacher, student or visitor browsers").toEqual([]);
});

interface Actor {
  context: BrowserContext;
  page: Page;
}

async function actor(browser: Browser, role: "student" | "teacher", name: string, callbackUrl?: string): Promise<Actor> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  watchConsole(page);
  await signUp(page, { role, name, callbackUrl });
  return { context, page };
}

/** Takes the assigned quiz from the dashboard: question k (assign-form order) right when `right(k)`. */
async function takeAssignment(page: Page, place: (prompt: string) => number, right: (k: number) => boolean) {
  await page.goto("/dashboard");
  await page.getByRole("button", { name: `Start: ${SEED_TITLE}` }).click();
  await page.waitForURL(/\/attempts\/[a-z0-9]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const { questions, mode } = await readAttempt(id);
  expect(mode).toBe("test");
  expect(questions.map((q) => place(q.prompt)).sort()).toEqual([0, 1, 2, 3]);
  for (const [i, q] of questions.entries()) {
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(q.prompt);
    await fillAnswer(page, q, answerFor(q, right(place(q.prompt))));
    await page.getByRole("button", { name: i === questions.length - 1 ? "Submit quiz" : "Next" }).click();
  }
  await expect(page).toHaveURL(/\/results$/);
  // After an assignment a retake is the student's own practice, and the page says it does not count.
  await expect(page.getByRole("button", { name: "Practise again" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Retake" })).toHaveCount(0);
  await expect(page.getByText(/does not change what your teacher sees/)).toBeVisible();
  return { id, questions };
}

/** Parses the CSV the app writes (BOM, CRLF, RFC 4180 quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && s[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const state: {
  teacher?: Actor;
  ana?: Actor;
  ben?: Actor;
  classId?: string;
  className?: string;
  assignmentId?: string;
  anaAttempt?: string;
  code?: string;
} = {};

test("a teacher runs a class: join by code and link, assign the seed quiz, gradebook, item analysis and CSVs to the number", async ({ browser }) => {
  test.setTimeout(240_000);
  const teacher = await actor(browser, "teacher", "Tess Teacher");
  state.teacher = teacher;
  const t = teacher.page;

  // Create a class.
  await t.goto("/teach");
  await expect(t.getByRole("heading", { name: "Your classes" })).toBeVisible();
  await t.getByRole("button", { name: "Create class" }).click();
  await expect(t.getByText("Give the class a name.")).toBeVisible();
  await t.getByLabel("Class name").fill("9B Reading");
  await t.getByRole("button", { name: "Create class" }).click();
  await t.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  state.classId = new URL(t.url()).pathname.split("/").pop()!;
  state.className = "9B Reading";
  await expect(t.getByRole("heading", { level: 1 })).toHaveText("9B Reading");
  const joinLink = (await t.getByTestId("join-link").textContent())!;
  const code = joinLink.split("/join/")[1];
  state.code = code;
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{7}$/);
  await expect(t.getByRole("img", { name: /QR code of the join link/ })).toBeVisible();

  // Ana joins with the code (typed in lower case with a dash), after a wrong code first.
  const ana = await actor(browser, "student", "Ana Student");
  state.ana = ana;
  await ana.page.goto("/join");
  await ana.page.getByLabel("Class code").fill("ZZZZZZZ");
  await ana.page.getByRole("button", { name: "Continue" }).click();
  await expect(ana.page.getByText("No open class has the code ZZZZZZZ. Check it with your teacher.")).toBeVisible();
  await ana.page.getByLabel("Class code").fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3).toLowerCase()}`);
  await ana.page.getByRole("button", { name: "Continue" }).click();
  await ana.page.waitForURL(`**/join/${code}`);
  await shots(ana.page, "teach-join");
  await ana.page.getByRole("button", { name: "Join 9B Reading" }).click();
  await expect(ana.page.getByRole("status")).toHaveText("You joined 9B Reading. Its assignments are on your dashboard.");

  // Ben opens the link while signed out, signs up on the way, and joins.
  const benContext = await browser.newContext({ viewport: DESKTOP });
  const benPage = await benContext.newPage();
  watchConsole(benPage);
  await benPage.goto(`/join/${code}`);
  await expect(benPage).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signUp(benPage, { role: "student", name: "Ben Student", callbackUrl: `/join/${code}` });
  await benPage.waitForURL(`**/join/${code}`);
  await benPage.getByRole("button", { name: "Join 9B Reading" }).click();
  await expect(benPage.getByRole("status")).toContainText("You joined 9B Reading");
  const ben = { context: benContext, page: benPage };
  state.ben = ben;

  // Roster.
  await t.reload();
  const roster = t.getByRole("region", { name: "Students" });
  await expect(roster.getByRole("row")).toHaveCount(3);
  await expect(roster.getByRole("rowheader")).toHaveText(["Ana Student", "Ben Student"]);

  // Assign the seed quiz: test mode, one attempt, the first four questions only.
  await t.getByRole("link", { name: "Assign" }).click();
  const setValue = await t.locator('select[name="setId"] option', { hasText: SEED_TITLE }).getAttribute("value");
  await t.getByLabel("Article").selectOption(setValue!);
  await t.getByRole("checkbox", { name: /Only some of the/ }).check();
  const boxes = t.locator('input[name="questionIds"]');
  const n = await boxes.count();
  expect(n).toBeGreaterThan(4);
  for (let i = 4; i < n; i++) await boxes.nth(i).uncheck();
  const labels = await t.locator("li label", { has: t.locator('input[name="questionIds"]:checked') }).allTextContents();
  expect(labels).toHaveLength(4);
  await shots(t, "teach-assign");
  await t.getByRole("button", { name: "Assign to class" }).click();
  await t.waitForURL(/\?assigned=1$/);
  await expect(t.getByRole("status").filter({ hasText: "Assigned." })).toBeVisible();
  const itemsHref = (await t.getByRole("link", { name: `Item analysis of ${SEED_TITLE}` }).getAttribute("href"))!;
  state.assignmentId = itemsHref.split("/")[3];
  await expect(t.getByRole("region", { name: "Assignments" }).getByRole("row").nth(1)).toContainText("4 questions · test · 1 attempt");
  await shots(t, "teach-class");

  // Known answers, by the question's place k in the assign list: Ana right on 1–3, wrong on 4 (3 of 4);
  // Ben right on 1 and 4, wrong on 2 and 3 (2 of 4).
  const place = (prompt: string) => labels.findIndex((l) => l.includes(prompt));
  const anaRun = await takeAssignment(ana.page, place, (k) => k !== 3);
  state.anaAttempt = anaRun.id;
  await expect(ana.page.getByRole("heading", { level: 1 })).toHaveText("3 of 4 correct");
  await takeAssignment(ben.page, place, (k) => k === 0 || k === 3);
  await expect(ben.page.getByRole("heading", { level: 1 })).toHaveText("2 of 4 correct");
  const inOrder = [...anaRun.questions].sort((a, b) => place(a.prompt) - place(b.prompt));

  // Students see it done, with no attempts left.
  await ana.page.goto("/dashboard");
  const anaList = ana.page.getByRole("region", { name: "Assignments" });
  await expect(anaList).toContainText("Done");
  await expect(anaList).toContainText("Best 3/4");
  await expect(anaList.getByRole("button", { name: /Start|Try again/ })).toHaveCount(0);
  await shots(ana.page, "teach-student-dashboard");

  // Gradebook.
  await t.goto(`/teach/classes/${state.classId}/gradebook`);
  const anaRow = t.getByRole("row", { name: /Ana Student/ });
  const benRow = t.getByRole("row", { name: /Ben Student/ });
  await expect(anaRow).toContainText("Done");
  await expect(anaRow).toContainText("Best 3/4 · 75%");
  await expect(anaRow).toContainText("Latest 3/4 · 75%");
  await expect(anaRow).toContainText("1 attempt");
  await expect(benRow).toContainText("Best 2/4 · 50%");
  await expect(benRow).toContainText("Latest 2/4 · 50%");
  await shots(t, "teach-gradebook");

  // Drill down to Ana's attempt: the same review she sees.
  await anaRow.getByRole("link", { name: "Review latest" }).click();
  await expect(t.getByRole("heading", { level: 1 })).toHaveText("3 of 4 correct");
  await expect(t.getByText("Ana Student · attempt 1 of 1")).toBeVisible();
  await expect(t.getByRole("region", { name: "Review" }).getByRole("listitem")).toHaveCount(4);
  await shots(t, "teach-student-attempt");

  // Item analysis: q1 both right (100 %, 0); q2, q3 Ana only (50 %, +1); q4 Ben only (50 %, −1). Two students are
  // too few to flag a question (decision 035): nothing is flagged, and the page says why.
  await t.goto(itemsHref);
  const rows = t.getByRole("region", { name: /Item analysis table/ }).getByRole("row");
  await expect(rows).toHaveCount(5);
  const expected = [
    { pct: "100%", of: "2 of n = 2", disc: "0.00", flag: false },
    { pct: "50%", of: "1 of n = 2", disc: "+1.00", flag: false },
    { pct: "50%", of: "1 of n = 2", disc: "+1.00", flag: false },
    { pct: "50%", of: "1 of n = 2", disc: "−1.00", flag: false },
  ];
  for (const [k, e] of expected.entries()) {
    const row = rows.nth(k + 1);
    await expect(row.getByRole("rowheader")).toContainText(inOrder[k].prompt);
    const cells = row.getByRole("cell");
    await expect(cells.nth(1)).toContainText(e.pct);
    await expect(cells.nth(1)).toContainText(e.of);
    await expect(cells.nth(2)).toHaveText(`${e.disc}top 1 vs bottom 1`);
    await expect(cells.nth(3)).toContainText("n = 2");
    await expect(row.getByText("Check this question")).toHaveCount(e.flag ? 1 : 0);
    // The one wrong answer given (Ben's on 2–3, Ana's on 4) is the most chosen wrong one; none on 1.
    const wrongLabel = row.getByText("Most chosen wrong");
    await expect(wrongLabel).toHaveCount(k === 0 ? 0 : 1);
  }
  await expect(t.getByText("Only 2 students so far (n = 2), so no question is flagged: Lectio flags questions from 10 students on.")).toBeVisible();
  await expect(t.getByText(/to check: strong students missed/)).toHaveCount(0);
  await shots(t, "teach-items");

  // Gradebook CSV.
  const gb = await t.request.get(`/teach/classes/${state.classId}/gradebook/csv`);
  expect(gb.status()).toBe(200);
  expect(gb.headers()["content-type"]).toContain("text/csv");
  expect(gb.headers()["content-disposition"]).toBe('attachment; filename="gradebook-9b-reading.csv"');
  const gbRows = parseCsv(await gb.text());
  expect(gbRows[0]).toEqual(["Student", "Email", "Assignment", "Due (UTC)", "Status", "Attempts", "Best score", "Questions", "Best %", "Latest score", "Latest %", "Time spent (s)"]);
  expect(gbRows).toHaveLength(3);
  expect(gbRows[1].slice(0, 1).concat(gbRows[1].slice(2, 3), gbRows[1].slice(4, 11))).toEqual(["Ana Student", SEED_TITLE, "Done", "1", "3", "4", "75", "3", "75"]);
  expect(gbRows[2].slice(0, 1).concat(gbRows[2].slice(2, 3), gbRows[2].slice(4, 11))).toEqual(["Ben Student", SEED_TITLE, "Done", "1", "2", "4", "50", "2", "50"]);
  for (const r of gbRows.slice(1)) expect(r[11]).toMatch(/^\d+$/);

  // Item analysis CSV.
  const ia = await t.request.get(`/teach/assignments/${state.assignmentId}/items/csv`);
  expect(ia.status()).toBe(200);
  const iaRows = parseCsv(await ia.text());
  expect(iaRows[0].slice(0, 9)).toEqual(["Question", "Prompt", "Type", "Correct answer", "Students", "Answered", "Correct", "Share correct", "Discrimination"]);
  expect(iaRows).toHaveLength(5);
  const numbers = iaRows.slice(1).map((r) => [r[0], r[4], r[5], r[6], r[7], r[8], r[10], r[12]]);
  expect(numbers).toEqual([
    ["1", "2", "2", "2", "1", "0", "", "no"],
    ["2", "2", "2", "1", "0.5", "1", "1", "no"],
    ["3", "2", "2", "1", "0.5", "1", "1", "no"],
    ["4", "2", "2", "1", "0.5", "-1", "1", "no"],
  ]);
  expect(iaRows.slice(1).map((r) => r[1].replace(/^'/, ""))).toEqual(inOrder.map((q) => q.prompt));
});

/** A server action request captured from the teacher's browser, to replay as someone else. */
async function capture(page: Page, act: () => Promise<void>): Promise<{ url: string; headers: Record<string, string>; body: string }> {
  const pending = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
  await act();
  const req = await pending;
  const headers = await req.allHeaders();
  const keep = ["next-action", "content-type", "accept", "next-router-state-tree"];
  return { url: req.url(), headers: Object.fromEntries(Object.entries(headers).filter(([k]) => keep.includes(k))), body: req.postData() ?? "" };
}

async function replay(request: APIRequestContext, action: { url: string; headers: Record<string, string>; body: string }, edit: (body: string) => string = (b) => b) {
  const res = await request.post(action.url, { headers: action.headers, data: edit(action.body), maxRedirects: 0 });
  // Refused either way: a sign-in redirect or a 404 (checked for real below: nothing changed).
  expect(res.status(), `replayed action answered ${res.status()}`).toBeGreaterThanOrEqual(200);
  return res;
}

test("every teacher page, CSV and action is refused to anonymous visitors, the class's students, other students and other teachers", async ({ browser }) => {
  test.setTimeout(240_000);
  const { teacher, ana, classId, assignmentId, anaAttempt, className } = state;
  if (!teacher || !ana || !classId || !assignmentId || !anaAttempt || !className) throw new Error("the first test did not run");
  const t = teacher.page;

  // Outsiders: a student of another class, and another teacher (with a class of their own).
  const otherTeacher = await actor(browser, "teacher", "Otto Other");
  await otherTeacher.page.goto("/teach");
  await otherTeacher.page.getByLabel("Class name").fill("Other class");
  await otherTeacher.page.getByRole("button", { name: "Create class" }).click();
  await otherTeacher.page.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  const otherCode = (await otherTeacher.page.getByTestId("join-link").textContent())!.split("/join/")[1];
  const outsider = await actor(browser, "student", "Cy Outsider");
  await outsider.page.goto(`/join/${otherCode}`);
  await outsider.page.getByRole("button", { name: "Join Other class" }).click();
  await expect(outsider.page.getByRole("status")).toContainText("You joined Other class");
  const anonymous = await browser.newContext({ viewport: DESKTOP });
  const anonPage = await anonymous.newPage();
  watchConsole(anonPage);

  const pages = [
    `/teach/classes/${classId}`,
    `/teach/classes/${classId}/assign`,
    `/teach/classes/${classId}/gradebook`,
    `/teach/classes/${classId}/attempts/${anaAttempt}`,
    `/teach/assignments/${assignmentId}/items`,
  ];
  const csvs = [`/teach/classes/${classId}/gradebook/csv`, `/teach/assignments/${assignmentId}/items/csv`];
  const secrets = [className, "Ana Student", "Ben Student", state.code!];

  const refused = async (p: Page, url: string, who: string) => {
    const res = await p.goto(url);
    const body = await p.getByRole("main").innerHTML(); // the header names the signed-in user: only the page counts
    for (const s of secrets) expect(body, `${who} saw "${s}" at ${url}`).not.toContain(s);
    if (new URL(p.url()).pathname === "/sign-in") return;
    expect(res?.status(), `${who} at ${url}`).toBe(404);
  };
  for (const url of ["/teach", ...pages]) {
    await refused(anonPage, url, "anonymous");
    await expect(anonPage).toHaveURL(/\/sign-in\?callbackUrl=/);
  }
  for (const [who, p] of [["Ana (a student of the class)", ana.page], ["Cy (another class)", outsider.page], ["Otto (another teacher)", otherTeacher.page]] as const) {
    for (const url of pages) await refused(p, url, who);
  }
  for (const p of [ana.page, outsider.page]) expect((await p.goto("/teach"))?.status()).toBe(404);
  await otherTeacher.page.goto("/teach");
  await expect(otherTeacher.page.getByRole("main")).not.toContainText(className);

  for (const [who, request] of [
    ["anonymous", anonymous.request],
    ["Ana", ana.context.request],
    ["Cy", outsider.context.request],
    ["Otto", otherTeacher.context.request],
  ] as const) {
    for (const url of csvs) {
      const res = await request.get(url);
      expect(res.status(), `${who} GET ${url}`).toBe(404);
      expect(await res.text()).not.toContain("Ana Student");
    }
  }
  // Ana's attempt is hers: a classmate's results page doesn't open it either.
  expect((await state.ben!.page.goto(`/attempts/${anaAttempt}/results`))?.status()).toBe(404);

  // Actions: capture the teacher's own requests, then replay them (edited) as everyone else.
  await t.goto(`/teach/classes/${classId}`);
  const anaId = await t.getByRole("row", { name: /Ana Student/ }).locator('input[name="studentId"]').getAttribute("value");
  const benId = await t.getByRole("row", { name: /Ben Student/ }).locator('input[name="studentId"]').getAttribute("value");
  const rename = await capture(t, async () => {
    await t.getByLabel("Class name").fill(className);
    await t.getByRole("button", { name: "Rename" }).click();
    await expect(t.getByText("Class renamed.")).toBeVisible();
  });
  await t.goto(`/teach/classes/${classId}/assign`);
  const setValue = await t.locator('select[name="setId"] option', { hasText: SEED_TITLE }).getAttribute("value");
  await t.getByLabel("Article").selectOption(setValue!);
  const assign = await capture(t, async () => {
    await t.getByRole("button", { name: "Assign to class" }).click();
    await t.waitForURL(/\?assigned=1$/);
  });
  const remove = await capture(t, async () => {
    await t.getByRole("button", { name: "Remove Ben Student" }).click();
    await expect(t.getByRole("region", { name: "Students" }).getByRole("rowheader")).toHaveText(["Ana Student"]);
  });
  const archive = await capture(t, async () => {
    await t.getByRole("button", { name: "Archive class" }).click();
    await expect(t.getByRole("button", { name: "Restore class" })).toBeVisible();
  });

  for (const request of [anonymous.request, ana.context.request, outsider.context.request, otherTeacher.context.request]) {
    await replay(request, rename, (b) => b.replace(className, "Taken over"));
    await replay(request, assign);
    await replay(request, remove, (b) => b.replaceAll(benId!, anaId!));
    await replay(request, archive, (b) => b.replace(/("archived"\r\n\r\n)true/, "$1false"));
  }
  await t.goto(`/teach/classes/${classId}`);
  await expect(t.getByRole("heading", { level: 1 })).toHaveText(className);
  await expect(t.getByRole("region", { name: "Students" }).getByRole("rowheader")).toHaveText(["Ana Student"]);
  await expect(t.getByRole("region", { name: "Assignments" }).getByRole("row")).toHaveCount(3); // header + 2 by the teacher
  await expect(t.getByRole("button", { name: "Restore class" })).toBeVisible();

  // The archived class's code no longer joins.
  await outsider.page.goto(`/join/${state.code}`);
  await expect(outsider.page.getByRole("heading", { level: 1 })).toHaveText("Class not found");
});
