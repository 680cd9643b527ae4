import type { Browser, Page } from "@playwright/test";
import { DESKTOP, expect, PHONE, screenshot, SEED_SLUG, signUp, test } from "./fixtures";

/**
 * Answers the question on screen: the first option of a choice question, "zzz" for a typed answer (always
 * wrong), the first option of each matching select. Some answers are right, some wrong: a real mix.
 */
async function answerCurrent(page: Page) {
  const radios = page.getByRole("radio");
  const typed = page.getByRole("textbox");
  const selects = page.getByRole("combobox");
  await expect(radios.or(typed).or(selects).first()).toBeVisible();
  if ((await radios.count()) > 0) await page.locator("label").filter({ has: page.getByRole("radio") }).first().click();
  else if ((await typed.count()) > 0) await typed.first().fill("zzz");
  else for (const select of await selects.all()) await select.selectOption({ index: 1 });
}

/** Takes the seed article's quiz in test mode, answering every question; returns the results page's score. */
async function takeTestQuiz(page: Page): Promise<{ score: number; total: number; resultsUrl: string }> {
  await page.goto(`/articles/${SEED_SLUG}/quiz`);
  await page.getByRole("radio", { name: /Test/ }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  for (let i = 0; i < 60; i++) {
    await answerCurrent(page);
    const submit = page.getByRole("button", { name: "Submit quiz" });
    if (await submit.isVisible()) {
      await submit.click();
      break;
    }
    const heading = await page.getByRole("heading", { level: 2 }).first().textContent();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("heading", { level: 2 }).first()).not.toHaveText(heading ?? "");
  }
  await expect(page).toHaveURL(/\/results$/);
  const text = await page.getByRole("heading", { level: 1 }).textContent();
  const [, score, total] = /(\d+) of (\d+) correct/.exec(text ?? "") ?? [];
  return { score: Number(score), total: Number(total), resultsUrl: new URL(page.url()).pathname };
}

/** Answers a practice-mode session (a review) to the end: check, then continue, question by question. */
async function finishPracticeSession(page: Page) {
  for (let i = 0; i < 60; i++) {
    await answerCurrent(page);
    await page.getByRole("button", { name: "Check answer" }).click();
    const next = page.getByRole("button", { name: /^(Continue|See results)$/ });
    await expect(next).toBeVisible();
    const last = (await next.textContent()) === "See results";
    await next.click();
    if (last) break;
    await expect(page.getByRole("button", { name: "Check answer" })).toBeVisible();
  }
  await expect(page).toHaveURL(/\/results$/);
}

async function moveClock(page: Page, days: number) {
  const res = await page.request.post("/api/test/clock", { data: { days } });
  expect(res.status()).toBe(200);
}

/** The shared screenshot, plus a copy in this test's own output folder (kept when parallel runs clear test-results/). */
async function shot(page: Page, name: string) {
  await screenshot(page, name);
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

const stat = (page: Page, label: string) => page.locator("dl > div").filter({ has: page.getByText(label, { exact: true }) }).locator("dd").first();

test("a guest's quiz moves to the new account's dashboard; a missed question comes back for review and the review updates it", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  const quiz = await takeTestQuiz(page);
  const missed = quiz.total - quiz.score;
  expect(quiz.total).toBeGreaterThan(0);
  expect(missed, "the quiz should have at least one wrong answer to review").toBeGreaterThan(0);

  await signUp(page, { name: "Grace Reader", callbackUrl: "/dashboard" });
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(stat(page, "Quizzes taken")).toHaveText("1");
  await expect(stat(page, "Average score")).toHaveText(`${Math.round((100 * quiz.score) / quiz.total)}%`);
  await expect(stat(page, "Streak")).toHaveText("1 day");
  await expect(page.getByRole("img", { name: /Scores over time.*1 quiz score/ })).toBeVisible();
  await expect(page.locator(".recharts-surface")).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`European leaders.*${Math.round((100 * quiz.score) / quiz.total)}%`) })).toHaveAttribute("href", quiz.resultsUrl);
  await expect(page.getByRole("progressbar", { name: /Mastery of European leaders/ })).toBeVisible();
  // Right after the quiz nothing is due yet: a miss comes back an hour later, the same day.
  await expect(stat(page, "Reviews due today")).toHaveText("0");
  await expect(page.getByText(`${missed} more later today`)).toBeVisible();
  await expect(page.getByText(/Next review at \d\d:\d\d today\./)).toBeVisible();

  // (an hour later it is due; the unit tests show that hour: here the clock moves by days, to the next day)
  await moveClock(page, 1);
  await page.reload();
  await expect(stat(page, "Reviews due today")).toHaveText(String(missed));
  await expect(stat(page, "Streak")).toHaveText("1 day");
  await shot(page, "dashboard-desktop");
  await page.setViewportSize(PHONE);
  await shot(page, "dashboard-phone");
  await page.setViewportSize(DESKTOP);

  await page.getByRole("link", { name: "Start review" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByText(`${missed} ${missed === 1 ? "question is" : "questions are"} due today`)).toBeVisible();
  await shot(page, "review-desktop");
  await page.setViewportSize(PHONE);
  await shot(page, "review-phone");
  await page.setViewportSize(DESKTOP);
  await page.getByRole("button", { name: "Start review" }).first().click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  await expect(page.getByText(`Question 1 · `)).toBeVisible();
  await finishPracticeSession(page);

  // Every due card was reviewed: nothing left today, the review counts toward the streak (two days in a row).
  await page.goto("/dashboard");
  await expect(stat(page, "Reviews due today")).toHaveText("0");
  await expect(page.getByText("+ 1 review session")).toBeVisible();
  await expect(stat(page, "Streak")).toHaveText("2 days");
  await expect(page.getByText(/Done for today\. Next review (at \d\d:\d\d today|on \w{3} \d{1,2} \w{3})\./)).toBeVisible();
  await expect(page.getByRole("img", { name: /1 quiz score and 1 review score/ })).toBeVisible();
  await shot(page, "dashboard-after-review-desktop");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, "dashboard-after-review-dark");
  await page.setViewportSize(PHONE);
  await shot(page, "dashboard-after-review-dark-phone");
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(DESKTOP);
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "All done for today" })).toBeVisible();
});

test.describe("authorization", () => {
  test.use({ allowedConsoleErrors: [/404/] });

  async function otherStudent(browser: Browser) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && !/404/.test(m.text()) && errors.push(m.text()));
    await signUp(page, { name: "Mallory Other", callbackUrl: "/dashboard" });
    return { context, page, errors };
  }

  test("another student never reaches a student's attempts, results or review sessions, nor sees their data", async ({ page, browser }) => {
    test.setTimeout(120_000);
    await signUp(page, { name: "Ada Owner", callbackUrl: "/dashboard" });
    const quiz = await takeTestQuiz(page);
    const attemptUrl = quiz.resultsUrl.replace(/\/results$/, "");
    await moveClock(page, 1);
    await page.goto("/review");
    await page.getByRole("button", { name: "Start review" }).first().click();
    await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
    const reviewUrl = new URL(page.url()).pathname;

    const other = await otherStudent(browser);
    for (const url of [attemptUrl, quiz.resultsUrl, reviewUrl, `${reviewUrl}/results`]) {
      const res = await other.page.goto(url);
      expect(res?.status(), url).toBe(404);
      await expect(other.page.getByText("European leaders")).toHaveCount(0);
    }
    await other.page.goto("/dashboard");
    await expect(other.page.getByRole("heading", { name: "Take your first quiz" })).toBeVisible();
    await expect(other.page.getByText("Quizzes taken")).toHaveCount(0);
    await shot(other.page, "dashboard-empty-desktop");
    await other.page.goto("/review");
    await expect(other.page.getByRole("heading", { name: "No reviews yet" })).toBeVisible();
    await shot(other.page, "review-empty-desktop");
    expect(other.errors).toEqual([]);
    await other.context.close();

    // The owner still has their review session.
    await page.goto(reviewUrl);
    await expect(page.getByText("Question 1 · ")).toBeVisible();
  });

  test("signed-out visitors are sent to sign in; the test clock refuses bad input", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
    await page.goto("/review");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Freview/);
    const bad = await page.request.post("/api/test/clock", { data: { days: 1.5 } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).message).toMatch(/whole number/);
  });
});
