// Issue 16: what an attacker or a careless user sends, answered with a 4xx and a message, never a 500.
import { DESKTOP, expect, signOut, signUp, test } from "./fixtures";

test.describe("security (issue 16)", () => {
  test("callbackUrl with dot segments never leads to another site", async ({ page }) => {
    await signUp(page);
    for (const bad of ["%2F.%2F%2Fevil.example", "/.//evil.example", "/..//evil.example/x"]) {
      const res = await page.request.get(`/sign-in?callbackUrl=${bad}`, { maxRedirects: 0 });
      expect(res.status()).toBe(307);
      const location = res.headers()["location"] ?? "";
      expect(location.startsWith("//") || /evil\.example/.test(new URL(location, page.url()).host)).toBe(false);
    }
  });

  test("a copied session cookie stops working after sign-out", async ({ page, browser }) => {
    await signUp(page);
    const copy = await browser.newContext();
    await copy.addCookies(await page.context().cookies());
    const other = await copy.newPage();
    await other.goto("/account");
    await expect(other).toHaveURL(/\/account$/);
    await page.getByRole("button", { name: /account menu/i }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
    await other.goto("/account");
    await expect(other).toHaveURL(/\/sign-in/);
    await copy.close();
  });

  test("a rotated X-Forwarded-For does not rotate the sign-in limit (no trusted proxy configured)", async ({ page, browser }) => {
    const creds = await signUp(page);
    await signOut(page);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(creds.email);
    // Each try claims another address; the server counts them all against the one connecting address.
    for (const [i, left] of ["4 more tries", "3 more tries", "2 more tries", "1 more try"].entries()) {
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${i + 1}`, "X-Real-IP": `203.0.113.${i + 1}` });
      await page.getByLabel("Password").fill(`wrong-password-${i}`);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByText("That email and password don't match an account.")).toContainText(`(${left} before`);
    }
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.77" });
    await page.getByLabel("Password").fill("wrong-password-5");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText(/Too many failed sign-in attempts from this network\./)).toBeVisible();

    // The owner, connecting from another address (127.0.0.2 is another loopback address), signs in: the limit is
    // on the connecting address, which the server does know.
    const elsewhere = await browser.newContext({ baseURL: page.url().replace(/\/\/[^/:]+/, "//127.0.0.2") });
    const owner = await elsewhere.newPage();
    await owner.goto("/sign-in");
    await owner.getByLabel("Email").fill(creds.email);
    await owner.getByLabel("Password").fill(creds.password);
    await owner.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(owner).toHaveURL(/\/dashboard$/);
    await elsewhere.close();
  });

  test("guessing class codes is stopped with a message, not an error (per account)", async ({ page }) => {
    await signUp(page);
    await page.goto("/join");
    const code = page.getByLabel("Class code");
    // 20 wrong codes are answered one by one; the 21st is refused for a while.
    for (let i = 0; i < 20; i++) {
      const guess = `QQQQ${"ABCDEFGHJKMNPQRSTUVW"[i]}ZZ`;
      await code.fill(guess);
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByText(`No open class has the code ${guess}.`)).toBeVisible();
    }
    await code.fill("QQQQXZZ");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText(/Too many class codes that don't match a class were tried from your account\. .*try again in 1[45] minutes\./)).toBeVisible();
    // The join link is the same lookup.
    const res = await page.goto("/join/QQQQYZZ");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Too many codes tried" })).toBeVisible();
  });

  test("pages carry a Content-Security-Policy whose nonce is on every script, and still work", async ({ page }) => {
    const res = await page.goto("/sign-in");
    const policy = res?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(policy)![1];
    const scripts = await page.locator("script").evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(new Set(scripts)).toEqual(new Set([nonce]));
    // A fresh nonce per page; http here, so no HSTS.
    const again = await page.request.get("/sign-in");
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);
    expect(again.headers()["strict-transport-security"]).toBeUndefined();
    // React ran under the policy: the form answers from the server action (the fixture fails on any CSP error).
    await page.getByLabel("Email").fill("not an email");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
  });

  test("state-changing API calls need this site's Origin and JSON", async ({ page }) => {
    await page.goto("/");
    const start = await page.request.post("/api/attempts", { data: { slug: "ukraine-security-guarantees", mode: "test" } });
    expect(start.status()).toBe(201);
    const { attemptId, id } = (await start.json()) as { attemptId?: string; id?: string };
    const attempt = attemptId ?? id;
    const submit = `/api/attempts/${attempt}/submit`;
    const form = await page.request.post(submit, { headers: { "content-type": "text/plain" }, data: "x" });
    expect(form.status()).toBe(415);
    expect((await form.json()).error).toMatch(/application\/json/);
    const crossSite = await page.request.post(submit, { headers: { origin: "https://evil.example", "content-type": "application/json" }, data: {} });
    expect(crossSite.status()).toBe(403);
    expect((await crossSite.json()).error).toMatch(/another site/);
    const ok = await page.request.post(submit, { headers: { origin: new URL(page.url()).origin }, data: {} });
    expect(ok.status()).toBe(200);
  });

  test("malformed percent-encoding in a path is a 400, never a 500", async ({ page }) => {
    for (const path of ["/articles/%C0%AF", "/api/attempts/%C0%AF", "/api/attempts/%C0%AF/submit", "/teach/classes/%C0%AF", "/join/%C0%AF", "/join/%E0%A4%A"]) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect([400, 404], `${path} answered ${res.status()}`).toContain(res.status());
    }
  });

  test("a paste over 1 MB on the new-article page gets the length message, not an error page", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await signUp(page, { role: "teacher" });
    await page.goto("/teach/articles/new");
    await page.getByLabel("Title").fill("Too long");
    await page.getByLabel("Article text").fill("The mill turned. ".repeat(70_000));
    await page.getByRole("button", { name: "Generate questions" }).click();
    await expect(page.getByText(/longer than 200,000 characters/).first()).toBeVisible();
    await expect(page.getByText(/Something went wrong/)).toHaveCount(0);
  });
});
