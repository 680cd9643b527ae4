// Driving the quiz runner like a student: start a quiz, answer right or wrong by question type.
import type { Locator, Page } from "@playwright/test";
import { expect, SEED_SLUG } from "../fixtures";
import type { DbQuestion } from "./quiz-db";

export const CHOICE_TYPES = new Set(["multiple_choice", "true_false", "not_said", "main_idea"]);
export const TYPED_TYPES = new Set(["fill_blank", "short_answer"]);

/** Starts a quiz on the seed article from its quiz page; returns the new attempt's id. */
export async function startQuiz(page: Page, mode: "Practice" | "Test", slug = SEED_SLUG): Promise<string> {
  await page.goto(`/articles/${slug}/quiz`);
  await page.getByRole("radio", { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/attempts\/[a-z0-9]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** What a right or a wrong answer to this question is. */
export function answerFor(q: DbQuestion, right: boolean): string | string[] {
  if (q.type === "matching") {
    const answer = q.answer as string[];
    return right ? answer : answer.map((_, i) => answer[(i + 1) % answer.length]);
  }
  if (TYPED_TYPES.has(q.type)) return right ? (q.answer as string) : "quite unrelated words";
  return right ? (q.answer as string) : q.choices.find((c) => c !== q.answer)!;
}

/** Fills in (without sending) an answer; `keyboard` chooses options with the 1–4 keys instead of the mouse. */
export async function fillAnswer(page: Page, q: DbQuestion, value: string | string[], { keyboard = false } = {}) {
  if (CHOICE_TYPES.has(q.type)) {
    const radios = page.getByRole("radio");
    if (keyboard) {
      const shown = await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      await page.getByRole("heading", { level: 2 }).click();
      await page.keyboard.press(String(shown.indexOf(value as string) + 1));
    } else {
      await page.getByRole("radio", { name: value as string, exact: true }).check({ force: true });
    }
    await expect(page.getByRole("radio", { name: value as string, exact: true })).toBeChecked();
  } else if (TYPED_TYPES.has(q.type)) {
    await page.getByRole("textbox").fill(value as string);
  } else if (q.type === "matching") {
    for (const [i, item] of q.items.entries()) await page.getByRole("combobox", { name: item, exact: true }).selectOption((value as string[])[i]);
  } else {
    throw new Error(`unexpected question type ${q.type}`);
  }
}

/** Asserts the answer shown on screen (test mode keeps it when going back). */
export async function expectFilled(page: Page, q: DbQuestion, value: string | string[]) {
  if (CHOICE_TYPES.has(q.type)) await expect(page.getByRole("radio", { name: value as string, exact: true })).toBeChecked();
  else if (TYPED_TYPES.has(q.type)) await expect(page.getByRole("textbox")).toHaveValue(value as string);
  else for (const [i, item] of q.items.entries()) await expect(page.getByRole("combobox", { name: item, exact: true })).toHaveValue((value as string[])[i]);
}

export async function expectOnQuestion(page: Page, q: DbQuestion, index: number, total: number) {
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(q.prompt);
  await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toHaveAttribute("aria-valuenow", String(index + 1));
  await expect(page.getByText(`${index + 1} of ${total}`, { exact: true })).toBeVisible();
}

/** The explanation and the evidence sentence are shown (the evidence once: its quote is dropped from the explanation). */
export async function expectExplained(region: Locator, q: DbQuestion) {
  await expect(region).toContainText(q.evidenceText);
  const at = q.explanation.indexOf(q.evidenceText);
  if (at < 0) return expect(region).toContainText(q.explanation);
  const lead = q.explanation
    .slice(0, at)
    .replace(/(the article says)?\s*:?\s*[“"]?\s*$/i, "")
    .trim();
  if (lead) await expect(region).toContainText(lead);
}
