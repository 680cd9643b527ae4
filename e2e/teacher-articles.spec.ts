// Teachers add an article and curate its questions: paste → generate → edit → add by hand (evidence chosen by
// selecting text) → publish → assign to a class → a student takes it and sees the edited wording. Then bad input,
// uploads, inert HTML/script payloads, another teacher's 404, and the printed worksheet and answer key.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { DESKTOP, expect, PHONE, SHOTS as DEFAULT_SHOTS, signUp, test } from "./fixtures";
import { readAttempt } from "./helpers/quiz-db";
import { answerFor, fillAnswer } from "./helpers/quiz-ui";

const MILL = readFileSync(path.join(import.meta.dirname, "../content/articles/tide-mill-restoration.md"), "utf8").replace(/^---[\s\S]*?\n---\n/, "");
// Screenshots and PDFs go to test-results/screenshots (LECTIO_SHOTS_DIR overrides it when runs share the folder).
const SHOTS = process.env.LECTIO_SHOTS_DIR ?? DEFAULT_SHOTS;
const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
const WHEEL = "The new wheel is 5.5 metres across and weighs about four tonnes.";

async function newTeacher(browser: Browser, name = "Tess Teacher") {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await signUp(page, { role: "teacher", name });
  return { context, page };
}

/** Selects `text` inside the article shown for choosing evidence, as a teacher dragging over it would. */
async function selectEvidence(page: Page, text: string) {
  await page.getByTestId("evidence-picker").evaluate((el, wanted) => {
    const p = [...el.querySelectorAll("p")].find((x) => x.textContent!.includes(wanted))!;
    const node = p.firstChild!;
    const at = node.textContent!.indexOf(wanted);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
  await expect(page.getByTestId("chosen-evidence")).toHaveText(`“${text}”`);
}

/** Adds an article through the form and waits for its curation page; returns its id. */
async function addArticle(page: Page, { title, body, visibility = "Only me" }: { title: string; body: string; visibility?: string }) {
  await page.goto("/teach/articles/new");
  await page.getByLabel("Article text").fill(body);
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: new RegExp(`^${visibility}`) }).check();
  await page.getByRole("button", { name: "Generate questions" }).click();
  await page.waitForURL(/\/teach\/articles\/[a-z0-9]+\?created=1$/, { timeout: 30_000 });
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("paste → generate → edit → add by hand → publish → assign → a student sees the edited wording", async ({ browser, page }) => {
  test.setTimeout(240_000);
  await page.close();
  const { context, page: t } = await newTeacher(browser);

  // The list starts empty; bad input is refused with a clear message and saves nothing.
  await t.goto("/teach/articles");
  await expect(t.getByRole("heading", { name: "Your articles" })).toBeVisible();
  await expect(t.getByText("No articles yet.")).toBeVisible();
  await t.getByRole("main").getByRole("link", { name: "Add an article" }).click();
  await expect(t.getByRole("heading", { name: "Add an article" })).toBeVisible();
  await t.getByRole("button", { name: "Generate questions" }).click();
  await expect(t.getByText("Paste the article's text, or upload a .md or .txt file.")).toBeVisible();
  await expect(t.getByText("Give the article a title.")).toBeVisible();
  await t.getByLabel("Title").fill("Too short");
  await t.getByLabel("Article text").fill("The mill turned on Saturday. Crowds came to watch it.");
  await t.getByRole("button", { name: "Generate questions" }).click();
  await expect(t.getByText(/The text is too short to question: 10 words, and Lectio needs at least 25/)).toBeVisible();
  await t.getByLabel("Article text").fill("x".repeat(200_001));
  await expect(t.getByText(/200,001 of 200,000 characters/)).toBeVisible();
  await t.getByRole("button", { name: "Generate questions" }).click();
  await expect(t.getByText(/longer than 200,000 characters/)).toBeVisible();
  await t.goto("/teach/articles");
  await expect(t.getByText("No articles yet.")).toBeVisible();

  // Paste a real article, see the preview, generate.
  await t.goto("/teach/articles/new");
  await t.getByLabel("Article text").fill(MILL);
  await t.getByLabel("Title").fill("Dunmarrow's tide mill turns again");
  await t.getByLabel(/^Source/).fill("Lectio original");
  await t.getByLabel(/^Tags/).fill("history, engineering");
  await t.getByRole("radio", { name: /^My classes/ }).check();
  const preview = t.getByRole("region", { name: "Preview" });
  await expect(preview).toContainText("For the first time in almost ninety years");
  await expect(preview).toContainText("8 paragraphs");
  await t.evaluate(() => window.scrollTo(0, 0));
  await screenshot(t, "teacher-articles-new-desktop");
  await t.setViewportSize(PHONE);
  await screenshot(t, "teacher-articles-new-phone");
  await t.setViewportSize(DESKTOP);
  await t.getByRole("button", { name: "Generate questions" }).click();
  await t.waitForURL(/\/teach\/articles\/[a-z0-9]+\?created=1$/, { timeout: 30_000 });
  const articleId = new URL(t.url()).pathname.split("/").pop()!;
  await expect(t.getByRole("heading", { level: 1 })).toHaveText("Dunmarrow's tide mill turns again");
  await expect(t.getByText("Draft", { exact: true })).toBeVisible();
  await expect(t.getByRole("status").filter({ hasText: /Lectio drafted \d+ questions/ })).toBeVisible();
  const quiz = t.getByRole("region", { name: /Quiz questions/ });
  const cards = quiz.getByRole("article");
  // A question from the review pool joins the quiz: the number-matching item, which the generator keeps out of it.
  const drafted = await cards.count();
  await t.getByText(/^Review pool and offered questions/).click();
  await t.getByRole("button", { name: /^Add “Match each number to the phrase it co.*” to the quiz$/ }).first().click();
  await expect(cards).toHaveCount(drafted + 1);
  const before = await cards.count();
  expect(before).toBeGreaterThanOrEqual(10);

  // Edit question 1's wording.
  const original = (await cards.first().getByRole("heading", { level: 3 }).textContent())!;
  const edited = `Teacher's wording: ${original}`;
  await t.getByRole("button", { name: "Edit question 1", exact: true }).click();
  const form = t.getByRole("form", { name: "Edit question 1", exact: true });
  await form.getByLabel("Question").fill("");
  await form.getByRole("button", { name: "Save question" }).click();
  await expect(form.getByText("Write the question.")).toBeVisible();
  await form.getByLabel("Question").fill(edited);
  await form.getByRole("button", { name: "Save question" }).click();
  await expect(cards.first().getByRole("heading", { level: 3 })).toHaveText(edited);
  await expect(cards.first().getByText("Edited", { exact: true })).toBeVisible();

  // Edit the matching question's pairs: half a pair is refused; clearing both sides removes a pair.
  const matching = cards.filter({ has: t.getByText("Matching", { exact: true }) }).first();
  await expect(matching.locator("dt")).toHaveCount(4);
  const dropped = (await matching.locator("dt").nth(3).textContent())!;
  await matching.getByRole("button", { name: /^Edit question \d+$/ }).click();
  const pairs = t.getByRole("form", { name: /^Edit question \d+$/ });
  await expect(pairs.getByRole("textbox", { name: /^Item \d$/ })).toHaveCount(5);
  await pairs.getByLabel("Item 5", { exact: true }).fill("12 September");
  await pairs.getByRole("button", { name: "Save question" }).click();
  await expect(pairs.getByText("Give both sides of each pair, or clear both to remove it.")).toBeVisible();
  await pairs.getByLabel("Item 5", { exact: true }).fill("");
  await pairs.getByLabel("Item 4", { exact: true }).fill("");
  await pairs.getByLabel("Match for item 4", { exact: true }).fill("");
  await matching.screenshot({ path: path.join(SHOTS, "teacher-articles-edit-matching-desktop.png") });
  await t.setViewportSize(PHONE);
  await matching.screenshot({ path: path.join(SHOTS, "teacher-articles-edit-matching-phone.png") });
  await t.setViewportSize(DESKTOP);
  await pairs.getByRole("button", { name: "Save question" }).click();
  await expect(matching.locator("dt")).toHaveCount(3);
  await expect(matching.locator("dl")).not.toContainText(dropped);

  // Add one by hand: the evidence is the sentence selected in the article.
  const add = t.getByRole("form", { name: "Add a question" });
  await add.getByRole("button", { name: "Add question" }).click();
  await expect(add.getByText("Select the sentence that answers the question in the article.").first()).toBeVisible();
  await selectEvidence(t, WHEEL);
  await add.getByLabel("Question").fill("How wide is the new wheel?");
  await add.getByLabel("New option A", { exact: true }).fill("5.5 metres");
  await add.getByLabel("New option B", { exact: true }).fill("7.5 metres");
  await add.getByLabel("New option C", { exact: true }).fill("3.5 metres");
  await add.getByRole("radio", { name: "New option A is correct" }).check();
  await add.getByRole("button", { name: "Add question" }).click();
  await expect(t.getByText("Question added to the end of the quiz.")).toBeVisible();
  await expect(cards).toHaveCount(before + 1);
  const manual = cards.last();
  await expect(manual.getByRole("heading", { level: 3 })).toHaveText("How wide is the new wheel?");
  await expect(manual.getByText("Written by you")).toBeVisible();
  await expect(manual.locator("blockquote")).toHaveText(`Evidence: ${WHEEL}`);

  // Reorder: the hand-written question moves up one place.
  await t.getByRole("button", { name: `Move question ${before + 1} up`, exact: true }).click();
  await expect(cards.nth(before - 1).getByRole("heading", { level: 3 })).toHaveText("How wide is the new wheel?");

  // A fill-in-the-blank by hand: the sentence needs its blank; a blank of any length becomes the usual one.
  await selectEvidence(t, WHEEL);
  await add.getByLabel("Type").selectOption({ label: "Fill in the blank" });
  await add.getByLabel("Sentence with a blank").fill("The new wheel weighs about four tonnes.");
  await add.getByLabel("Missing words").fill("four tonnes");
  await add.getByRole("button", { name: "Add question" }).click();
  await expect(add.getByText("Mark the missing words with _____ (five underscores).")).toBeVisible();
  await add.screenshot({ path: path.join(SHOTS, "teacher-articles-add-blank-desktop.png") });
  await t.setViewportSize(PHONE);
  await add.screenshot({ path: path.join(SHOTS, "teacher-articles-add-blank-phone.png") });
  await t.setViewportSize(DESKTOP);
  await add.getByLabel("Sentence with a blank").fill("The new wheel weighs about ___.");
  await add.getByRole("button", { name: "Add question" }).click();
  await expect(cards).toHaveCount(before + 2);
  await expect(cards.last().getByRole("heading", { level: 3 })).toHaveText("Fill in the blank: The new wheel weighs about _____.");

  await t.evaluate(() => window.scrollTo(0, 0));
  await screenshot(t, "teacher-articles-curate-desktop");
  await t.setViewportSize(PHONE);
  await screenshot(t, "teacher-articles-curate-phone");
  await t.setViewportSize(DESKTOP);

  // Approve and publish.
  await t.getByRole("button", { name: "Approve and publish" }).click();
  await expect(t.getByText(/^Published on \d+ \w+ \d{4}\./)).toBeVisible();
  await t.goto("/teach/articles");
  await expect(t.getByRole("listitem").filter({ hasText: "Dunmarrow's tide mill turns again" })).toContainText("Published");

  // A class, a student who joins it, and an assignment of the published set (through the classes UI).
  await t.goto("/teach");
  await t.getByLabel("Class name").fill("Reading club");
  await t.getByRole("button", { name: "Create class" }).click();
  await t.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  const joinLink = (await t.getByTestId("join-link").textContent())!;
  const code = joinLink.split("/join/")[1];
  const studentContext = await browser.newContext({ viewport: DESKTOP });
  const s = await studentContext.newPage();
  await signUp(s, { role: "student", name: "Sam Student" });
  await s.goto(`/join/${code}`);
  await s.getByRole("button", { name: "Join Reading club" }).click();
  await expect(s.getByRole("status")).toContainText("You joined Reading club");

  await t.getByRole("link", { name: "Assign" }).click();
  const option = await t.locator('select[name="setId"] option', { hasText: "Dunmarrow's tide mill turns again" }).getAttribute("value");
  await t.getByLabel("Article").selectOption(option!);
  await t.getByRole("button", { name: "Assign to class" }).click();
  await t.waitForURL(/\?assigned=1$/);

  // The student can read the shared article, takes the assignment and sees the teacher's wording.
  await s.goto("/dashboard");
  await s.getByRole("button", { name: "Start: Dunmarrow's tide mill turns again" }).click();
  await s.waitForURL(/\/attempts\/[a-z0-9]+$/);
  const attemptId = new URL(s.url()).pathname.split("/").pop()!;
  const { questions } = await readAttempt(attemptId);
  expect(questions).toHaveLength(before + 2);
  const prompts = questions.map((q) => q.prompt);
  expect(prompts).toContain(edited);
  expect(prompts).toContain("How wide is the new wheel?");
  expect(prompts).toContain("Fill in the blank: The new wheel weighs about _____.");
  expect(prompts).not.toContain(original);
  for (const [i, q] of questions.entries()) {
    await expect(s.getByRole("heading", { level: 2 })).toHaveText(q.prompt);
    await fillAnswer(s, q, answerFor(q, true));
    await s.getByRole("button", { name: i === questions.length - 1 ? "Submit quiz" : "Next" }).click();
  }
  await expect(s).toHaveURL(/\/results$/);
  await expect(s.getByRole("heading", { level: 1 })).toHaveText(`${before + 2} of ${before + 2} correct`);
  await expect(s.getByText(edited)).toBeVisible();

  // The teacher's list and curation page still work after students answered; the article is theirs alone to edit.
  await t.goto(`/teach/articles/${articleId}`);
  await expect(t.getByText(/Students have answered this set 1 time/)).toBeVisible();
  await studentContext.close();
  await context.close();
});

test("uploads: .md with front matter is read; binary and non-UTF-8 files are refused with a message", async ({ browser, page }) => {
  await page.close();
  const { context, page: t } = await newTeacher(browser);
  await t.goto("/teach/articles/new");
  await t.getByText("Upload a file").click();
  const file = t.getByLabel(/A \.md or \.txt file/);
  await file.setInputFiles({ name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) });
  await expect(t.getByText("The file looks binary, not text. Upload a .md or .txt file saved as UTF-8.")).toBeVisible();
  await file.setInputFiles({ name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from("Caf\xe9 cr\xe8me br\xfbl\xe9e", "latin1") });
  await expect(t.getByText(/The file is not UTF-8 text/)).toBeVisible();
  await file.setInputFiles({ name: "slides.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await expect(t.getByText("Upload a .md or .txt file (other file types are not read).")).toBeVisible();
  await file.setInputFiles({ name: "mill.md", mimeType: "text/markdown", buffer: Buffer.from(`---\ntitle: "Tide mill from a file"\n---\n${MILL}`, "utf8") });
  await expect(t.getByLabel("Title")).toHaveValue("Tide mill from a file");
  await expect(t.getByRole("region", { name: "Preview" })).toContainText("For the first time in almost ninety years");
  await t.getByRole("button", { name: "Generate questions" }).click();
  await t.waitForURL(/\/teach\/articles\/[a-z0-9]+\?created=1$/, { timeout: 30_000 });
  await expect(t.getByRole("heading", { level: 1 })).toHaveText("Tide mill from a file");
  await context.close();
});

test("script and HTML in the title, the text and a question render as inert text", async ({ browser, page }) => {
  test.setTimeout(120_000);
  await page.close();
  const { context, page: t } = await newTeacher(browser);
  await t.addInitScript(() => {
    (window as unknown as { __xss: number[] }).__xss = [];
  });
  const title = `<script>window.__xss.push(1)</script><img src=x onerror="window.__xss.push(2)"> Mill`;
  const bodyPayload = `<script>window.__xss.push(3)</script><b onmouseover="window.__xss.push(4)">bold</b>`;
  const id = await addArticle(t, { title, body: `${bodyPayload}\n\n${MILL}`, visibility: "Everyone" });
  await expect(t.getByRole("heading", { level: 1 })).toHaveText(title);
  await t.getByRole("button", { name: "Edit question 1", exact: true }).click();
  const form = t.getByRole("form", { name: "Edit question 1", exact: true });
  const prompt = `<img src=x onerror="window.__xss.push(5)"> ${await form.getByLabel("Question").inputValue()}`;
  await form.getByLabel("Question").fill(prompt);
  await form.getByRole("button", { name: "Save question" }).click();
  const first = t.getByRole("region", { name: /Quiz questions/ }).getByRole("article").first();
  await expect(first.getByRole("heading", { level: 3 })).toHaveText(prompt);
  await expect(t.getByTestId("evidence-picker")).toContainText(bodyPayload);

  const inert = async (p: Page) => {
    expect(await p.evaluate(() => (window as unknown as { __xss: number[] }).__xss)).toEqual([]);
    expect(await p.locator("main img[src='x'], main b[onmouseover]").count()).toBe(0);
    expect(await p.locator("main script").evaluateAll((els) => els.filter((e) => e.textContent?.includes("__xss")).length)).toBe(0);
  };
  await inert(t);
  await t.getByRole("button", { name: "Approve and publish" }).click();
  await expect(t.getByText(/^Published on /)).toBeVisible();
  await t.getByRole("link", { name: "Open as a reader" }).click();
  // The curation page has the same heading: wait for the reader's own address before looking at the text.
  await expect(t).toHaveURL(/^https?:\/\/[^/]+\/articles\//);
  await expect(t.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(t.getByText(bodyPayload)).toBeVisible();
  await inert(t);
  await t.goto(`/teach/articles/${id}/print?key=1`);
  await expect(t.getByText(prompt)).toBeVisible();
  await inert(t);
  await t.goto("/teach/articles");
  await expect(t.getByRole("link", { name: title })).toBeVisible();
  await inert(t);
  await context.close();
});

test.describe("another teacher", () => {
  test.use({ allowedConsoleErrors: [/404/, /Failed to load resource/] });

  test("cannot see or edit a private article (404), nor find it in their list", async ({ browser, page }) => {
    test.setTimeout(120_000);
    await page.close();
    const owner = await newTeacher(browser, "Owner Teacher");
    const id = await addArticle(owner.page, { title: "Private mill notes", body: MILL });
    await owner.page.getByRole("button", { name: "Approve and publish" }).click();
    await expect(owner.page.getByText(/^Published on /)).toBeVisible();
    const readerHref = (await owner.page.getByRole("link", { name: "Open as a reader" }).getAttribute("href"))!;

    const other = await newTeacher(browser, "Other Teacher");
    for (const href of [`/teach/articles/${id}`, `/teach/articles/${id}/print`, `/teach/articles/${id}/print?key=1`, readerHref]) {
      const response = await other.page.goto(href);
      expect(response?.status(), href).toBe(404);
      await expect(other.page.getByText("Private mill notes")).toHaveCount(0);
    }
    await other.page.goto("/teach/articles");
    await expect(other.page.getByText("No articles yet.")).toBeVisible();

    const student = await browser.newContext({ viewport: DESKTOP });
    const sp = await student.newPage();
    await signUp(sp, { role: "student" });
    expect((await sp.goto(`/teach/articles/${id}`))?.status()).toBe(404);
    expect((await sp.goto(readerHref))?.status()).toBe(404);
    const guest = await browser.newContext();
    expect((await (await guest.newPage()).goto(readerHref))?.status()).toBe(404);
    await Promise.all([owner.context.close(), other.context.close(), student.close(), guest.close()]);
  });
});

test("the worksheet and answer key print cleanly on A4 and Letter", async ({ browser, page }) => {
  test.setTimeout(120_000);
  await page.close();
  const { context, page: t } = await newTeacher(browser);
  const id = await addArticle(t, { title: "Dunmarrow tide mill", body: MILL });
  await t.goto(`/teach/articles/${id}/print`);
  await expect(t.getByRole("heading", { level: 1 })).toHaveText("Dunmarrow tide mill");
  await expect(t.getByText("Name", { exact: true })).toBeVisible();
  await expect(t.getByRole("region", { name: "Article" })).toContainText("For the first time in almost ninety years");
  const questionCount = await t.getByRole("region", { name: "Questions" }).getByRole("listitem").count();
  expect(questionCount).toBeGreaterThanOrEqual(10);
  await screenshot(t, "teacher-articles-print-screen");
  await t.emulateMedia({ media: "print" });
  await expect(t.getByRole("button", { name: "Print the worksheet" })).toBeHidden();
  await screenshot(t, "teacher-articles-print-media");
  await t.pdf({ path: path.join(SHOTS, "teacher-articles-worksheet-a4.pdf"), format: "A4", preferCSSPageSize: false });
  await t.pdf({ path: path.join(SHOTS, "teacher-articles-worksheet-letter.pdf"), format: "Letter" });
  await t.emulateMedia({ media: "screen" });

  await t.goto(`/teach/articles/${id}/print?key=1`);
  await expect(t.getByRole("heading", { name: "Answers" })).toBeVisible();
  await expect(t.getByText("Evidence:").first()).toBeVisible();
  await expect(t.getByRole("region", { name: "Article" })).toHaveCount(0);
  await t.emulateMedia({ media: "print" });
  await t.pdf({ path: path.join(SHOTS, "teacher-articles-key-a4.pdf"), format: "A4" });
  await t.pdf({ path: path.join(SHOTS, "teacher-articles-key-letter.pdf"), format: "Letter" });
  await context.close();
});
