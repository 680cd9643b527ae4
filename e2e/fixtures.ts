import { test as base, expect, type Page } from "@playwright/test";
import path from "node:path";

export const SEED_SLUG = "ukraine-security-guarantees";
export const SEED_TITLE = "European leaders weigh security guarantees for Ukraine";

/** Where tests save the screenshots that people look at (git-ignored). */
export const SHOTS = path.join(import.meta.dirname, "../test-results/screenshots");

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
