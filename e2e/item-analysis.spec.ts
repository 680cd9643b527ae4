// Item analysis flags a question only from 10 analysed students on (decision 035), and shows n beside every figure.
// Ten students take a four-question assignment: the five strong ones get questions 1–3 right and miss question 4,
// the five weak ones the reverse, so question 4 discriminates negatively. With nine students it is not flagged;
// the tenth makes it "Check this question".
import type { Browser, Page } from "@playwright/test";
import path from "node:path";
import { DESKTOP, expect, SEED_TITLE, SHOTS, signUp, test } from "./fixtures";
import { readAttempt } from "./helpers/quiz-db";
import { answerFor, fillAnswer } from "./helpers/quiz-ui";

test.describe.configure({ timeout: 300_000 });

async function shots(page: Page, name: string) {
  for (const [size, viewport] of [["desktop", DESKTOP], ["phone", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${size}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SHOTS, `${name}-phone-dark.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(DESKTOP);
}

/** A new student joins with the code and takes the assignment: question k (assign-list order) right when right(k). */
async function student(browser: Browser, i: number, code: string, place: (prompt: string) => number, right: (k: number) => boolean) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await signUp(page, { role: "student", name: `Student ${i + 1}`, callbackUrl: `/join/${code}` });
  await page.getByRole("button", { name: /^Join / }).click();
  await expect(page.getByRole("status")).toContainText("You joined");
  await page.goto("/dashboard");
  await page.getByRole("button", { name: `Start: ${SEED_TITLE}` }).click();
  await page.waitForURL(/\/attempts\/[a-z0-9]+$/);
  const { questions } = await readAttempt(new URL(page.url()).pathname.split("/").pop()!);
  for (const [j, q] of questions.entries()) {
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(q.prompt);
    await fillAnswer(page, q, answerFor(q, right(place(q.prompt))));
    await page.getByRole("button", { name: j === questions.length - 1 ? "Submit quiz" : "Next" }).click();
  }
  await expect(page).toHaveURL(/\/results$/);
  await context.close();
}

test("no question is flagged below 10 students; at 10 the question strong students miss is, and n is shown beside every figure", async ({ browser, page: t }) => {
  await t.setViewportSize(DESKTOP);
  await signUp(t, { role: "teacher", name: "Ida Items" });
  await t.getByLabel("Class name").fill("11B Reading");
  await t.getByRole("button", { name: "Create class" }).click();
  await t.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  const code = (await t.getByTestId("join-link").textContent())!.split("/join/")[1];
  await t.getByRole("link", { name: "Assign" }).click();
  const setValue = await t.locator('select[name="setId"] option', { hasText: SEED_TITLE }).getAttribute("value");
  await t.getByLabel("Article").selectOption(setValue!);
  await t.getByRole("checkbox", { name: /Only some of the/ }).check();
  const boxes = t.locator('input[name="questionIds"]');
  const total = await boxes.count();
  for (let i = 4; i < total; i++) await boxes.nth(i).uncheck();
  const labels = await t.locator("li label", { has: t.locator('input[name="questionIds"]:checked') }).allTextContents();
  expect(labels).toHaveLength(4);
  await t.getByRole("button", { name: "Assign to class" }).click();
  await t.waitForURL(/\?assigned=1$/);
  const itemsHref = (await t.getByRole("link", { name: `Item analysis of ${SEED_TITLE}` }).getAttribute("href"))!;
  const place = (prompt: string) => labels.findIndex((l) => l.includes(prompt));

  // Students 1–5 strong (right on 1–3, wrong on 4), 6–10 weak (the reverse); three at a time.
  const right = (i: number) => (k: number) => (i < 5 ? k !== 3 : k === 3);
  for (let i = 0; i < 9; i += 3) await Promise.all([i, i + 1, i + 2].map((s) => student(browser, s, code, place, right(s))));

  // Nine students: question 4 has discrimination −1.00 but is not flagged; n is beside every figure.
  await t.goto(itemsHref);
  await expect(t.getByText("n = 9 students analysed", { exact: false })).toBeVisible();
  await expect(t.getByText("Only 9 students so far (n = 9), so no question is flagged")).toBeVisible();
  const rows = t.getByRole("region", { name: /Item analysis table/ }).getByRole("row");
  await expect(rows).toHaveCount(5);
  const q4 = rows.nth(4);
  await expect(q4.getByRole("cell").nth(1)).toContainText("4 of n = 9");
  await expect(q4.getByRole("cell").nth(2)).toHaveText("−1.00top 2 vs bottom 2");
  await expect(q4.getByRole("cell").nth(3)).toContainText("n = 9");
  const table = t.getByRole("region", { name: /Item analysis table/ });
  await expect(table.getByText("Check this question")).toHaveCount(0);
  await shots(t, "item-analysis-n9");

  // The tenth student: now it is flagged, and only question 4.
  await student(browser, 9, code, place, right(9));
  await t.reload();
  await expect(t.getByText("n = 10 students analysed", { exact: false })).toBeVisible();
  await expect(t.getByText(/so far \(n = /)).toHaveCount(0);
  await expect(q4.getByRole("cell").nth(1)).toContainText("5 of n = 10");
  await expect(q4.getByRole("cell").nth(2)).toHaveText("−1.00top 3 vs bottom 3");
  await expect(q4.getByText("Check this question")).toBeVisible();
  await expect(table.getByText("Check this question")).toHaveCount(1);
  await expect(t.getByRole("status")).toHaveText("1 question to check: strong students missed it more often than weak ones.");
  for (const k of [1, 2, 3]) await expect(rows.nth(k).getByRole("cell").nth(2)).toHaveText("+1.00top 3 vs bottom 3");
  await shots(t, "item-analysis-n10");

  // The CSV agrees: flagged from 10, with the group size.
  const csv = await (await t.request.get(`${itemsHref}/csv`)).text();
  const lines = csv.replace(/^\uFEFF/, "").trim().split(/\r\n/);
  expect(lines[0].split(",").slice(-2)).toEqual(["Check this question", "Students per group"]);
  expect(lines.slice(1).map((l) => l.split(",").slice(-2).join(","))).toEqual(["no,3", "no,3", "no,3", "yes,3"]);
});
