import { test as base, expect, type Page } from "@playwright/test";
import path from "node:path";

export const SEED_SLUG = "ukraine-security-guarantees";
export const SEED_TITLE = "European leaders weigh security guarantees for Ukraine";

/**
 * Where tests save the screenshots that people look at (git-ignored; outside test-results/, which each run empties).
 * LECTIO_SHOTS_DIR puts them elsewhere, so runs from two checkouts don't overwrite each other's.
 */
export const SHOTS = process.env.LECTIO_SHOTS_DIR ?? path.join(import.meta.dirname, "../.data/screenshots");

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 900 };

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Every test fails when the page logs a console error or throws: a page that "works" while erroring is broken.
 * Tests that provoke an error on purpose (a 404 page load) list the expected text in `allowedConsoleErrors`.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error" && !allowedConsoleErrors.some((re) => re.test(msg.text()))) errors.push(msg.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(page);
    expect(errors, "console errors on the page").toEqual([]);
  },
});

export { expect };

// ---------------------------------------------------------------- accounts

export type Credentials = { email: string; password: string; name: string };

let userCounter = 0;

/** A unique email for this test run (tests share one server and database). */
export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${++userCounter}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}

/**
 * Create a new account through the real sign-up page and stay signed in. Returns its credentials.
 * `callbackUrl`: where sign-up sends the user afterwards (default: the app's landing page after sign-in).
 */
export async function signUp(
  page: Page,
  { role = "student", name, email, password = "violet-harbour-lantern-42", callbackUrl }: { role?: "student" | "teacher"; name?: string; email?: string; password?: string; callbackUrl?: string } = {},
): Promise<Credentials> {
  const creds = { email: email ?? uniqueEmail(role), password, name: name ?? (role === "teacher" ? "Tess Teacher" : "Sam Student") };
  await page.goto(callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up");
  await page.getByLabel("Name").fill(creds.name);
  await page.getByLabel("Email").fill(creds.email);
  await page.getByLabel("Password").fill(creds.password);
  await page.getByRole("radio", { name: new RegExp(`^${role}`, "i") }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: /account menu/i })).toBeVisible();
  return creds;
}

/** Sign in through the real sign-in page; waits until the header shows the account menu. */
export async function signIn(page: Page, creds: { email: string; password: string }, { callbackUrl }: { callbackUrl?: string } = {}) {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  await page.getByLabel("Email").fill(creds.email);
  await page.getByLabel("Password").fill(creds.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: /account menu/i })).toBeVisible();
}

/** Sign out through the header's account menu. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
}
