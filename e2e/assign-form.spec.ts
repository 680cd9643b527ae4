// The assign form keeps every choice (article, mode, attempts, due date, practice, the questions ticked) when the
// server refuses it, and the fixed submission assigns exactly those choices.
import path from "node:path";
import { DESKTOP, expect, SEED_TITLE, SHOTS, signUp, test } from "./fixtures";

test("after a refused submission the assign form still shows every choice, and assigns them once fixed", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(DESKTOP);
  await signUp(page, { role: "teacher", name: "Ada Assigner" });
  await page.goto("/teach");
  await page.getByLabel("Class name").fill("7A Reading");
  await page.getByRole("button", { name: "Create class" }).click();
  await page.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  await page.getByRole("link", { name: "Assign" }).click();

  const article = page.getByLabel("Article");
  const setValue = (await page.locator('select[name="setId"] option', { hasText: SEED_TITLE }).getAttribute("value"))!;
  await article.selectOption(setValue);
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByLabel("Attempts allowed").fill("3");
  await page.getByLabel("Due").fill("2020-01-06T09:30");
  await page.getByRole("checkbox", { name: "Allow practice before the test" }).check();
  await page.getByRole("checkbox", { name: /Only some of the/ }).check();
  const boxes = page.locator('input[name="questionIds"]');
  const n = await boxes.count();
  await boxes.nth(1).uncheck();
  await boxes.nth(3).uncheck();

  const expectChoices = async (due: string, attempts: string) => {
    await expect(article).toHaveValue(setValue);
    await expect(page.getByRole("radio", { name: /^Practice/ })).toBeChecked();
    await expect(page.getByRole("radio", { name: /^Test/ })).not.toBeChecked();
    await expect(page.getByLabel("Attempts allowed")).toHaveValue(attempts);
    await expect(page.getByLabel("Due")).toHaveValue(due);
    await expect(page.getByRole("checkbox", { name: "Allow practice before the test" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /Only some of the/ })).toBeChecked();
    await expect(boxes).toHaveCount(n);
    for (let i = 0; i < n; i++) {
      if (i === 1 || i === 3) await expect(boxes.nth(i)).not.toBeChecked();
      else await expect(boxes.nth(i)).toBeChecked();
    }
  };

  // A due date in the past: refused, every choice kept.
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByText("Pick a due date in the future.")).toBeVisible();
  await expectChoices("2020-01-06T09:30", "3");
  await page.screenshot({ path: path.join(SHOTS, "assign-form-error-desktop.png"), fullPage: true });

  // Too many attempts: refused again; the new date and everything else kept.
  await page.getByLabel("Due").fill("2099-01-01T10:00");
  await page.getByLabel("Attempts allowed").fill("11");
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByText("Allow at most 10 attempts.")).toBeVisible();
  await expect(page.getByText("Pick a due date in the future.")).toHaveCount(0);
  await expect(page.getByText("Pick a due date within the next two years.")).toBeVisible();
  await expectChoices("2099-01-01T10:00", "11");

  // Fixed: assigned with exactly those choices.
  const soon = new Date(Date.now() + 5 * 86_400_000);
  const pad = (x: number) => String(x).padStart(2, "0");
  await page.getByLabel("Due").fill(`${soon.getFullYear()}-${pad(soon.getMonth() + 1)}-${pad(soon.getDate())}T16:00`);
  await page.getByLabel("Attempts allowed").fill("3");
  await page.getByRole("button", { name: "Assign to class" }).click();
  await page.waitForURL(/\?assigned=1$/);
  await expect(page.getByRole("region", { name: "Assignments" }).getByRole("row").nth(1)).toContainText(`${n - 2} questions · practice · 3 attempts`);
});
