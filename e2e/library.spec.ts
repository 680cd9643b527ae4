import { DESKTOP, expect, PHONE, screenshot, SEED_SLUG, SEED_TITLE, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers/axe";

test.describe("library and reading", () => {
  test("the library lists the seed article and its page renders for reading", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
    const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: SEED_TITLE }) });
    await expect(card).toBeVisible();
    await expect(card).toContainText("min read");
    await expect(card.getByRole("listitem").filter({ hasText: "diplomacy" })).toBeVisible();
    // Every article in content/articles/ is in the library.
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(5);
    await screenshot(page, "library-desktop");

    await card.getByRole("link", { name: SEED_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${SEED_SLUG}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
    await expect(page).toHaveTitle(`${SEED_TITLE} · Lectio`);

    // The body's paragraphs, each with its anchor, in order.
    const paragraphs = page.locator("article p[id^=p]");
    await expect(paragraphs).toHaveCount(14);
    await expect(paragraphs.first()).toHaveAttribute("id", "p1");
    await expect(paragraphs.first()).toContainText("European leaders turned their attention to long-term security guarantees");
    await expect(paragraphs.last()).toContainText("safeguard any eventual peace deal.");
    await expect(page.getByRole("link", { name: "Take the quiz" })).toBeVisible();
    await screenshot(page, "article-desktop");
    await expectNoAxeViolations(page);

    // By keyboard, "Take the quiz" comes after the page's few links, not after a stop on every paragraph.
    await page.goto(`/articles/${SEED_SLUG}`);
    let reached = 0;
    for (let k = 1; k <= 12 && reached === 0; k++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim() ?? "", label: document.activeElement?.getAttribute("aria-label") ?? "" }));
      expect(focused.label, "no paragraph link in the tab order").not.toMatch(/^Link to paragraph/);
      if (focused.text === "Take the quiz") reached = k;
    }
    expect(reached, "Tab presses to reach Take the quiz").toBeGreaterThan(0);

    await page.setViewportSize(PHONE);
    await page.goto(`/articles/${SEED_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, "no horizontal scrolling at 360 px").toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "article-phone");
    await page.goto("/");
    await screenshot(page, "library-phone");
    await expectNoAxeViolations(page);
  });

  test("evidence offsets highlight the sentence they point at", async ({ page }) => {
    await page.goto(`/articles/${SEED_SLUG}?hl=0-50#evidence`);
    const mark = page.locator("mark#evidence");
    await expect(mark).toHaveText("European leaders turned their attention to long-te");
  });
});

test.describe("not found", () => {
  test.use({ allowedConsoleErrors: [/404/] });

  test("browsers that ask for /favicon.ico get the icon, not a 404 in their console", async ({ request }) => {
    const response = await request.get("/favicon.ico");
    expect(response.status()).toBe(200);
    const body = await response.body();
    // an ICO file: reserved 0, type 1, at least one image
    expect([body.readUInt16LE(0), body.readUInt16LE(2)]).toEqual([0, 1]);
    expect(body.readUInt16LE(4)).toBeGreaterThan(0);
  });

  test("a wrong slug returns the not-found page with status 404", async ({ page }) => {
    const response = await page.goto("/articles/no-such-article");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the library" })).toBeVisible();
  });
});
