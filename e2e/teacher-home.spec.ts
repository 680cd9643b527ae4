// A teacher's first visit: sign-up and sign-in land on the teacher's own home (what is due soon, their classes and
// articles), and the header leads to the teacher pages. Students keep landing on their dashboard.
import type { Page } from "@playwright/test";
import path from "node:path";
import { DESKTOP, expect, SEED_TITLE, SHOTS, signIn, signOut, signUp, test } from "./fixtures";

const PHONE_390 = { width: 390, height: 844 };

async function shots(page: Page, name: string) {
  for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE_390]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${size}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForTimeout(300); // colour transitions
  await page.screenshot({ path: path.join(SHOTS, `${name}-phone-dark.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: path.join(SHOTS, `${name}-desktop-dark.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
}

test("a new teacher lands on their home, finds Add an article in the header, and sees what is due soon", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(DESKTOP);
  const creds = await signUp(page, { role: "teacher", name: "Tess Teacher" });
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Tess");
  await expect(page.getByRole("heading", { name: "Due soon" })).toBeVisible();
  await expect(page.getByText("Nothing due in the next 14 days.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your articles" })).toBeVisible();
  await shots(page, "teacher-home-empty");

  // The header leads to the teacher pages; the student dashboard is not the teacher's main link.
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Classes" })).toHaveAttribute("href", "/teach");
  await expect(header.getByRole("link", { name: "Articles" })).toHaveAttribute("href", "/teach/articles");
  await expect(header.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  await header.getByRole("link", { name: "Add an article" }).click();
  await expect(page).toHaveURL(/\/teach\/articles\/new$/);
  await header.getByRole("link", { name: "Articles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your articles" })).toBeVisible();

  // A class with the seed quiz due in a week: it shows on the home under "Due soon".
  await header.getByRole("link", { name: "Classes" }).click();
  await page.getByLabel("Class name").fill("8C English");
  await page.getByRole("button", { name: "Create class" }).click();
  await page.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  await page.getByRole("link", { name: "Assign" }).click();
  const setValue = await page.locator('select[name="setId"] option', { hasText: SEED_TITLE }).getAttribute("value");
  await page.getByLabel("Article").selectOption(setValue!);
  await page.getByRole("button", { name: "Assign to class" }).click();
  await page.waitForURL(/\?assigned=1$/);

  // Signing in again lands on the same home.
  await signOut(page);
  await signIn(page, creds);
  await expect(page).toHaveURL(/\/teach$/);
  const due = page.getByRole("region", { name: "Due soon" });
  await expect(due.getByRole("listitem")).toHaveCount(1);
  await expect(due.getByRole("link", { name: SEED_TITLE })).toBeVisible();
  await expect(due).toContainText("8C English · test · due");
  await expect(due).toContainText("No students yet");
  await expect(page.getByRole("region", { name: "Your classes" }).getByRole("link", { name: "8C English" })).toBeVisible();
  await shots(page, "teacher-home");

  // On a phone the teacher pages are in the account menu.
  await page.setViewportSize(PHONE_390);
  await page.getByRole("button", { name: /account menu/i }).click();
  const menu = page.getByRole("navigation", { name: "Account" });
  for (const name of ["Classes", "Articles", "Add an article", "Your quiz progress"]) await expect(menu.getByRole("link", { name })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, "teacher-menu-phone.png") });
  await menu.getByRole("link", { name: "Add an article" }).click();
  await expect(page).toHaveURL(/\/teach\/articles\/new$/);
});

test("a student still lands on their dashboard, and the header shows no teacher pages", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const creds = await signUp(page, { role: "student" });
  await expect(page).toHaveURL(/\/dashboard$/);
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Dashboard" })).toBeVisible();
  for (const name of ["Classes", "Articles", "Add an article"]) await expect(header.getByRole("link", { name })).toHaveCount(0);
  await signOut(page);
  await signIn(page, creds);
  await expect(page).toHaveURL(/\/dashboard$/);
  // /home sends each person to their own home (OAuth sign-ins come back through it).
  await page.goto("/home");
  await expect(page).toHaveURL(/\/dashboard$/);
});
