import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import path from "node:path";
import { DESKTOP, expect, PHONE, screenshot, SEED_SLUG, SHOTS, test } from "./fixtures";
import { countResponses, readAttempt, type DbQuestion } from "./helpers/quiz-db";
import { answerFor, CHOICE_TYPES, expectExplained, expectFilled, expectOnQuestion, fillAnswer, startQuiz } from "./helpers/quiz-ui";

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function expectResults(page: Page, questions: DbQuestion[], right: Set<number>, answered: Set<number>) {
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+\/results$/);
  const n = questions.length;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${right.size} of ${n} correct`);
  await expect(page.getByText(`${Math.round((right.size / n) * 100)}%`, { exact: true })).toBeVisible();
  await expect(page.getByText("Time taken")).toBeVisible();
  const items = page.getByRole("region", { name: "Review" }).getByRole("listitem");
  await expect(items).toHaveCount(n);
  for (const [i, q] of questions.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole("heading")).toContainText(q.prompt);
    const status = right.has(i) ? "Correct" : answered.has(i) ? "Incorrect" : "Not answered";
    await expect(item.getByText(status, { exact: true })).toBeVisible();
    await expectExplained(item, q);
    const answer = Array.isArray(q.answer) ? `${q.items[0]} → ${q.answer[0]}` : q.answer;
    await expect(item.getByRole("definition").nth(1)).toContainText(answer);
    await expect(item.getByRole("link", { name: "Show in the article" })).toHaveAttribute(
      "href",
      new RegExp(`^/articles/${SEED_SLUG}\\?hl=${q.evidenceStart}-${q.evidenceEnd}&v=[a-z0-9]+#evidence$`),
    );
  }
}

test.describe("taking a quiz", () => {
  // A whole quiz is 15–25 questions answered one screen at a time.
  test.describe.configure({ timeout: 150_000 });

  test("practice mode: feedback after each answer, then the exact score and review", async ({ page, context }) => {
    await page.setViewportSize(DESKTOP);
    const id = await startQuiz(page, "Practice");
    const cookie = (await context.cookies()).find((c) => c.name === "lectio_guest");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    const { questions } = await readAttempt(id);
    const n = questions.length;
    expect(n).toBeGreaterThanOrEqual(8);
    const right = new Set(questions.map((_, i) => i).filter((i) => i % 3 !== 1));
    let shotFeedback = false;
    for (const [i, q] of questions.entries()) {
      await expectOnQuestion(page, q, i, n);
      if (i === 0) {
        await expectNoAxeViolations(page);
        await screenshot(page, "quiz-desktop");
      }
      const keyboard = CHOICE_TYPES.has(q.type) && i < 4;
      await fillAnswer(page, q, answerFor(q, right.has(i)), { keyboard });
      if (keyboard) await page.keyboard.press("Enter");
      else await page.getByRole("button", { name: "Check answer" }).click();

      const feedback = page.getByRole("status");
      await expect(feedback).toContainText(right.has(i) ? "Correct" : "Not quite");
      if (right.has(i)) await expect(feedback).not.toContainText("Not quite");
      await expectExplained(feedback, q);
      await expect(feedback.getByRole("link", { name: /Show in the article/ })).toHaveAttribute(
        "href",
        new RegExp(`^/articles/${SEED_SLUG}\\?hl=${q.evidenceStart}-${q.evidenceEnd}&v=[a-z0-9]+#evidence$`),
      );
      const next = page.getByRole("button", { name: i === n - 1 ? "See results" : "Continue" });
      await expect(next).toBeFocused();
      if (!right.has(i) && !shotFeedback && CHOICE_TYPES.has(q.type)) {
        shotFeedback = true;
        await expectNoAxeViolations(page);
        await screenshot(page, "quiz-feedback-desktop");
      }
      if (keyboard) await page.keyboard.press("Enter");
      else await next.click();
    }
    await expectResults(page, questions, right, new Set(questions.map((_, i) => i)));
    await expectNoAxeViolations(page);
    await screenshot(page, "results-desktop");
    expect((await readAttempt(id)).score).toBe(right.size);

    // The evidence link opens the article with that sentence highlighted.
    const first = questions[0];
    await page.getByRole("region", { name: "Review" }).getByRole("listitem").first().getByRole("link", { name: "Show in the article" }).click();
    await expect(page.locator("mark#evidence")).toBeVisible();
    // Evidence that spans paragraphs is marked in each of them.
    const marked = (await page.locator("mark.evidence").allTextContents()).join(" ");
    expect(marked.replace(/\s+/g, " ")).toBe(first.evidenceText.replace(/\s+/g, " "));
  });

  test("test mode: back and next, no feedback until submitted, exact score with unanswered questions", async ({ page }) => {
    const id = await startQuiz(page, "Test");
    const { questions } = await readAttempt(id);
    const n = questions.length;
    // i % 3 == 0 right, == 1 wrong, == 2 left blank; then question 1 is changed to right after going back.
    const right = new Set(questions.map((_, i) => i).filter((i) => i % 3 === 0));
    const answered = new Set(questions.map((_, i) => i).filter((i) => i % 3 !== 2));
    for (const [i, q] of questions.entries()) {
      await expectOnQuestion(page, q, i, n);
      if (answered.has(i)) await fillAnswer(page, q, answerFor(q, right.has(i)));
      await expect(page.getByRole("status")).toBeEmpty();
      if (i === 2) {
        await page.getByRole("button", { name: "Back" }).click();
        await expectOnQuestion(page, questions[1], 1, n);
        await expectFilled(page, questions[1], answerFor(questions[1], false));
        await fillAnswer(page, questions[1], answerFor(questions[1], true));
        right.add(1);
        await page.getByRole("button", { name: "Next" }).click();
        await expectOnQuestion(page, q, 2, n);
      }
      if (i === n - 1) {
        await page.getByRole("button", { name: "Submit quiz" }).click();
        await page.getByRole("dialog").getByRole("button", { name: "Submit anyway" }).click();
      } else await page.getByRole("button", { name: "Next" }).click();
    }
    await expectResults(page, questions, right, answered);
    expect(await countResponses(id, questions[1].id)).toBe(1);
    expect(await countResponses(id)).toBe(answered.size);

    // A submitted attempt can't be reopened: the runner sends the student to the results.
    await page.goto(`/attempts/${id}`);
    await expect(page).toHaveURL(new RegExp(`/attempts/${id}/results$`));

    // Review missed: a new practice session of exactly the missed questions.
    const missedCount = n - right.size;
    await page.getByRole("button", { name: `Review missed (${missedCount})` }).click();
    await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
    const missedId = new URL(page.url()).pathname.split("/").pop()!;
    const missed = await readAttempt(missedId);
    expect(missed).toMatchObject({ kind: "missed", parentId: id, mode: "practice", total: missedCount });
    const missedIds = questions.filter((_, i) => !right.has(i)).map((q) => q.id);
    expect(missed.questions.map((q) => q.id).sort()).toEqual([...missedIds].sort());
    await expect(page.getByText(`1 of ${missedCount}`, { exact: true })).toBeVisible();

    // Retake: the same questions in a fresh order.
    await page.goto(`/attempts/${id}/results`);
    await page.getByRole("button", { name: "Retake" }).click();
    await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
    const retakeId = new URL(page.url()).pathname.split("/").pop()!;
    expect(retakeId).not.toBe(id);
    const retake = await readAttempt(retakeId);
    expect(retake).toMatchObject({ mode: "test", kind: "quiz", total: n });
    expect(retake.questions.map((q) => q.id)).not.toEqual(questions.map((q) => q.id));
    expect(retake.questions.map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort());
    await expectOnQuestion(page, retake.questions[0], 0, n);
  });

  test("test mode: submitting with questions left blank asks first, names how many and goes to the first of them", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const id = await startQuiz(page, "Test");
    const { questions } = await readAttempt(id);
    const n = questions.length;
    // Question 1 answered, the rest skipped with Next.
    await fillAnswer(page, questions[0], answerFor(questions[0], true));
    for (let i = 0; i < n - 1; i++) {
      await expectOnQuestion(page, questions[i], i, n);
      await page.getByRole("button", { name: "Next" }).click();
    }
    await expectOnQuestion(page, questions[n - 1], n - 1, n);

    // Enter on the last question does not submit: it asks.
    await page.getByRole("heading", { level: 2 }).click();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: `${n - 1} questions are unanswered` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`You have answered 1 of ${n}.`);
    await expect(dialog).toContainText("counts as wrong");
    await expect(dialog.getByRole("button", { name: "Go to question 2" })).toBeFocused();
    await expect(dialog.getByRole("button", { name: "Submit anyway" })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, "quiz-unanswered-dialog-desktop.png") }); // the modal covers the viewport, not the full page
    // Escape keeps the student on the quiz, nothing submitted.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/attempts/${id}$`));
    expect((await readAttempt(id)).submittedAt).toBeNull();

    // The button asks too; an answer typed on the last question counts as answered.
    await fillAnswer(page, questions[n - 1], answerFor(questions[n - 1], true));
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page.getByRole("dialog", { name: `${n - 2} questions are unanswered` })).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(SHOTS, "quiz-unanswered-dialog-phone.png") }); // the modal covers the viewport, not the full page
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForTimeout(300); // let the buttons' colour transitions finish
    await page.screenshot({ path: path.join(SHOTS, "quiz-unanswered-dialog-phone-dark.png") }); // the modal covers the viewport, not the full page
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize(DESKTOP);

    // "Go to question 2" stores the answer on screen and opens the first unanswered question.
    await page.getByRole("dialog").getByRole("button", { name: "Go to question 2" }).click();
    await expect(page.getByRole("dialog")).toBeHidden();
    await expectOnQuestion(page, questions[1], 1, n);
    expect(await countResponses(id, questions[n - 1].id)).toBe(1);
    expect((await readAttempt(id)).submittedAt).toBeNull();

    // With every question answered, Submit goes straight to the results.
    for (let i = 1; i < n - 1; i++) {
      await expectOnQuestion(page, questions[i], i, n);
      await fillAnswer(page, questions[i], answerFor(questions[i], true));
      await page.getByRole("button", { name: "Next" }).click();
    }
    await expectOnQuestion(page, questions[n - 1], n - 1, n);
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${n} of ${n} correct`);
  });

  test("resume: a reload and a return to the quiz page continue where the student was", async ({ page }) => {
    const id = await startQuiz(page, "Practice");
    const { questions } = await readAttempt(id);
    for (const i of [0, 1]) {
      await fillAnswer(page, questions[i], answerFor(questions[i], true));
      await page.getByRole("button", { name: "Check answer" }).click();
      await page.getByRole("button", { name: "Continue" }).click();
    }
    await expectOnQuestion(page, questions[2], 2, questions.length);
    await page.reload();
    await expectOnQuestion(page, questions[2], 2, questions.length);

    // Answered but not yet continued: a reload shows the stored feedback again.
    await fillAnswer(page, questions[2], answerFor(questions[2], false));
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("status")).toContainText("Not quite");
    await page.reload();
    await expect(page.getByRole("status")).toContainText("Not quite");

    await page.goto(`/articles/${SEED_SLUG}/quiz`);
    await expect(page.getByRole("heading", { name: "Continue your quiz" })).toBeVisible();
    await expect(page.getByText(`question 3 of ${questions.length}`)).toBeVisible();
    await page.getByRole("link", { name: "Continue your quiz" }).click();
    await expect(page).toHaveURL(new RegExp(`/attempts/${id}$`));
    await expectOnQuestion(page, questions[2], 2, questions.length);
  });

  test("a double click and concurrent sends of the same answer store exactly one response", async ({ page }) => {
    const id = await startQuiz(page, "Practice");
    const { questions } = await readAttempt(id);
    const [q0, q1] = questions;

    // Double submission from the page itself.
    await fillAnswer(page, q0, answerFor(q0, false));
    await page.getByRole("button", { name: "Check answer" }).evaluate((button: HTMLButtonElement) => {
      button.form!.requestSubmit(button);
      button.form!.requestSubmit(button);
    });
    await expect(page.getByRole("status")).toContainText("Not quite");
    expect(await countResponses(id, q0.id)).toBe(1);
    await page.getByRole("button", { name: "Continue" }).click();
    await expectOnQuestion(page, q1, 1, questions.length);

    // The same request sent three times at once (a network retry racing the original).
    let replays: number[] = [];
    await page.route(`**/attempts/${id}`, async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || replays.length > 0) return route.continue();
      const headers = await request.allHeaders();
      const send = () =>
        page.request.post(request.url(), {
          headers: { "content-type": headers["content-type"], "next-action": headers["next-action"], accept: headers["accept"] ?? "text/x-component" },
          data: request.postDataBuffer()!,
        });
      const [original, ...copies] = await Promise.all([route.fetch(), send(), send()]);
      replays = copies.map((r) => r.status());
      await route.fulfill({ response: original });
    });
    await fillAnswer(page, q1, answerFor(q1, true));
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("status")).toContainText("Correct");
    expect(replays).toEqual([200, 200]);
    expect(await countResponses(id, q1.id)).toBe(1);
    expect(await countResponses(id)).toBe(2);
  });

  test("someone else's attempt is a 404", async ({ page, browser }) => {
    const id = await startQuiz(page, "Practice");
    const other = await browser.newContext();
    const stranger = await other.newPage();
    const response = await stranger.goto(`/attempts/${id}`);
    expect(response?.status()).toBe(404);
    expect((await stranger.goto(`/attempts/${id}/results`))?.status()).toBe(404);
    await other.close();
  });

  test("at 360 px: quiz, feedback and results fit the screen", async ({ page }) => {
    await page.setViewportSize(PHONE);
    const id = await startQuiz(page, "Practice");
    const { questions } = await readAttempt(id);
    const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    for (const [i, q] of questions.entries()) {
      await expectOnQuestion(page, q, i, questions.length);
      if (i === 0) {
        await fits();
        await screenshot(page, "quiz-phone");
      }
      await fillAnswer(page, q, answerFor(q, i % 2 === 0));
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByRole("status")).not.toBeEmpty();
      if (i === 1) {
        await fits();
        await screenshot(page, "quiz-feedback-phone");
      }
      await page.getByRole("button", { name: i === questions.length - 1 ? "See results" : "Continue" }).click();
    }
    await expect(page.getByRole("heading", { level: 1 })).toContainText("correct");
    await fits();
    await screenshot(page, "results-phone");
  });
});

// ---------------------------------------------------------------- the correct answer never leaves early

/** Lower-case words only, so HTML escaping, JSON escaping and quote styles don't hide a match. */
function words(text: string): string {
  return ` ${text
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;|\\u0026/g, "&")
    .replace(/&lt;|\\u003c/g, "<")
    .replace(/&gt;|\\u003e/g, ">")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/**
 * Secrets at step `current` (questions before it answered, it on screen, the rest not yet seen): the explanation,
 * the evidence sentence and, where the text is distinctive, the answer of every unanswered question. Text that may legitimately have been
 * sent already (the quiz page, the prompts and options on screen so far, what answered questions revealed) is no secret.
 */
function secrets(questions: DbQuestion[], current: number, publicText: string): { label: string; needle: string }[] {
  const allowed = words(
    [
      publicText,
      ...questions.slice(0, current + 1).flatMap((q) => [q.prompt, ...q.choices, ...q.items]),
      ...questions.slice(0, current).flatMap((q) => [q.explanation, q.evidenceText, ...[q.answer].flat()]),
    ].join(" | "),
  );
  const out: { label: string; needle: string }[] = [];
  for (const [j, q] of questions.entries()) {
    if (j < current) continue;
    const candidates = [
      { label: `explanation of question ${j + 1}`, needle: words(q.explanation) },
      { label: `evidence of question ${j + 1}`, needle: words(q.evidenceText) },
    ];
    // "True"/"False" and short words appear in any page; matching answers are pairs, not one text.
    if (typeof q.answer === "string" && q.type !== "true_false" && q.answer.length >= 5) candidates.push({ label: `answer of question ${j + 1}`, needle: words(q.answer) });
    out.push(...candidates.filter((c) => !allowed.includes(c.needle)));
  }
  return out;
}

test("leak: no response the browser receives holds the answer or explanation of an unanswered question", async ({ page }) => {
  test.setTimeout(150_000);
  // Every response the page receives from the app (documents, RSC flight data, server action results, JSON) passes
  // through this route unchanged: fetched as bytes, recorded, then handed to the page as it came (redirects too).
  const bodies: { url: string; text: string }[] = [];
  await page.route(
    (url) => url.origin === new URL(page.url() === "about:blank" ? "http://x" : page.url()).origin || url.hostname === "localhost",
    async (route) => {
      const response = await route.fetch({ maxRedirects: 0 });
      const body = await response.body();
      if (!new URL(route.request().url()).pathname.startsWith("/_next/static/")) bodies.push({ url: route.request().url(), text: words(body.toString("utf8")) });
      await route.fulfill({ response, body });
    },
  );
  // The quiz page shows the article's title and summary: public text, not a secret even when an answer is in it.
  await page.goto(`/articles/${SEED_SLUG}/quiz`);
  const publicText = await page.locator("body").innerText();
  const id = await startQuiz(page, "Practice");
  const { questions } = await readAttempt(id);
  let checked = 0;
  for (const [i, q] of questions.entries()) {
    await expectOnQuestion(page, q, i, questions.length);
    // The article's own page (prefetched by the "back to the article" link) is the public text every answer
    // comes from; everything else — quiz pages, flight data, action results — must keep the secrets.
    const received = bodies.filter((body) => !/^\/articles\/[^/]+$/.test(body.url ? new URL(body.url).pathname : ""));
    for (const { label, needle } of secrets(questions, i, publicText)) {
      const leak = received.find((body) => body.text.includes(needle));
      const where = leak ? leak.text.slice(Math.max(0, leak.text.indexOf(needle) - 80), leak.text.indexOf(needle) + needle.length + 80) : "";
      expect(leak, `${label} ("${needle.trim()}") was sent before it was answered, in ${leak?.url}: …${where}…`).toBeUndefined();
      checked++;
    }
    await fillAnswer(page, q, answerFor(q, false));
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("status")).toContainText(q.evidenceText);
    // The scanner does see secrets once they may be sent: the answered question's explanation is in a response now.
    expect(bodies.some((body) => body.text.includes(words(q.explanation)))).toBe(true);
    await page.getByRole("button", { name: i === questions.length - 1 ? "See results" : "Continue" }).click();
  }
  expect(checked).toBeGreaterThan(questions.length * 2);
  await expect(page).toHaveURL(/\/results$/);
  await page.unrouteAll({ behavior: "ignoreErrors" });
});
