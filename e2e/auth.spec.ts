import { readFile } from "node:fs/promises";
import { DESKTOP, expect, PHONE, screenshot, signIn, signOut, signUp, test, uniqueEmail } from "./fixtures";

const menu = (page: import("@playwright/test").Page) => page.getByRole("button", { name: /account menu/i });

async function noHorizontalScroll(page: import("@playwright/test").Page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, "no horizontal scrolling").toBeLessThanOrEqual(page.viewportSize()!.width);
}

test.describe("accounts", () => {
  test("sign up, sign out and sign in again; the header follows", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto("/");
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
    await expect(header.getByRole("link", { name: "Sign up" })).toBeVisible();
    await expect(header.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
    await screenshot(page, "header-signed-out-desktop");

    await header.getByRole("link", { name: "Sign up" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Create your Lectio account" })).toBeVisible();
    await screenshot(page, "sign-up-desktop");

    const creds = await signUp(page, { role: "teacher", name: "Ada Lovelace" });
    await expect(page).toHaveURL(/\/teach$/);
    await page.goto("/account");
    await expect(page.getByText(`Signed in as ${creds.email}`)).toBeVisible();
    await expect(page.getByRole("radio", { name: /^teacher/i })).toBeChecked();
    await expect(menu(page)).toContainText("Ada Lovelace");
    await expect(header.getByRole("link", { name: "Classes" })).toBeVisible();
    await expect(header.getByRole("link", { name: "Sign in", exact: true })).toHaveCount(0);
    await menu(page).click();
    await expect(page.getByRole("link", { name: "Account settings" })).toBeVisible();
    await expect(page.getByText(creds.email).first()).toBeVisible();
    await screenshot(page, "header-menu-desktop");
    await page.keyboard.press("Escape");

    await signOut(page);
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
    await screenshot(page, "sign-in-desktop");

    await page.getByLabel("Email").fill(creds.email.toUpperCase());
    await page.getByLabel("Password").fill(creds.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(menu(page)).toBeVisible();
  });

  test("sign-in explains a wrong password and an unknown email", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const creds = await signUp(page);
    await signOut(page);

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(creds.email);
    await page.getByLabel("Password").fill("not-my-password-at-all");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const wrongCredentials = "That email and password don't match an account.";
    await expect(page.getByText(wrongCredentials)).toContainText("(4 more tries before sign-in from this network pauses for 15 minutes)");
    await expect(page.getByLabel("Email")).toHaveValue(creds.email);
    await screenshot(page, "sign-in-error-desktop");

    await page.getByLabel("Email").fill(uniqueEmail("nobody"));
    await page.getByLabel("Password").fill(creds.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // An unknown email gets the same answer as a wrong password: sign-in doesn't tell which emails have accounts.
    // (The message is the same as before, so wait for this answer: the form clears the password when it arrives.)
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByText(wrongCredentials)).toBeVisible();
    await expect(page.getByText(/No account uses|Wrong password/)).toHaveCount(0);

    await page.getByLabel("Email").fill("not an email");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(menu(page)).toHaveCount(0);
  });

  test("sign-up refuses weak passwords, a taken email and an invalid email", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const existing = await signUp(page);
    await signOut(page);

    const email = uniqueEmail("weak");
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Wes Weak");
    await page.getByLabel("Email").fill(email);
    const submit = page.getByRole("button", { name: "Create account" });

    await page.getByLabel("Password").fill("short");
    await submit.click();
    await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
    // What was typed is kept.
    await expect(page.getByLabel("Name")).toHaveValue("Wes Weak");
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await screenshot(page, "sign-up-error-desktop");

    await page.getByLabel("Password").fill("password123");
    await submit.click();
    await expect(page.getByText("This password is too common.")).toBeVisible();

    await page.getByLabel("Password").fill(email);
    await submit.click();
    await expect(page.getByText("Your password can't be your email address.")).toBeVisible();

    await page.getByLabel("Email").fill(existing.email);
    await page.getByLabel("Password").fill("a-perfectly-fine-password");
    await submit.click();
    await expect(page.getByText("An account with this email already exists.")).toBeVisible();

    await page.getByLabel("Email").fill("wes@@example");
    await page.getByLabel("Password").fill("a-perfectly-fine-password");
    await submit.click();
    await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
    await expect(menu(page)).toHaveCount(0);
  });

  test("repeated failed sign-ins from one network pause sign-in there for a while, even with the right password", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const creds = await signUp(page, { email: uniqueEmail("ratelimit") });
    await signOut(page);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(creds.email);
    // Each answer says how many tries are left, so every step waits for its own response.
    for (const [i, left] of ["4 more tries", "3 more tries", "2 more tries", "1 more try"].entries()) {
      await page.getByLabel("Password").fill(`wrong-password-${i}`);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByText(`That email and password don't match an account.`)).toContainText(`(${left} before sign-in from this network pauses for 15 minutes).`);
    }
    await page.getByLabel("Password").fill("wrong-password-5");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText(/Too many failed sign-in attempts from this network\. .*try again in 1[45] minutes\./)).toBeVisible();

    // A fresh page (no message left from before): the right password is refused too from this network (the owner
    // elsewhere is only slowed down: server/auth.test.ts).
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(creds.email);
    await page.getByLabel("Password").fill(creds.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText(/Too many failed sign-in attempts from this network\. .*try again in 1[45] minutes\./)).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
    await expect(menu(page)).toHaveCount(0);
    await screenshot(page, "sign-in-rate-limited-desktop");
  });

  test("a signed-in user changes their profile and password", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const creds = await signUp(page, { name: "Pat Student" });
    await page.goto("/account");
    await expect(page.getByRole("radio", { name: /^student/i })).toBeChecked();

    const profile = page.getByRole("region", { name: "Profile" });
    await profile.getByLabel("Name").fill("Pat Teacher");
    await profile.getByRole("radio", { name: /^teacher/i }).check();
    await profile.getByRole("button", { name: "Save profile" }).click();
    await expect(profile.getByText("Profile saved.")).toBeVisible();
    await expect(menu(page)).toContainText("Pat Teacher");
    await page.reload();
    await expect(page.getByRole("radio", { name: /^teacher/i })).toBeChecked();
    await expect(page.getByLabel("Name")).toHaveValue("Pat Teacher");

    const password = page.getByRole("region", { name: "Password" });
    await password.getByLabel("Current password").fill("not-the-current-one");
    await password.getByLabel("New password").fill("fresh-garden-window-7");
    await password.getByRole("button", { name: "Change password" }).click();
    await expect(password.getByText("That is not your current password.")).toBeVisible();

    await password.getByLabel("Current password").fill(creds.password);
    await password.getByLabel("New password").fill("qwertyuiop");
    await password.getByRole("button", { name: "Change password" }).click();
    await expect(password.getByText("This password is too common.")).toBeVisible();

    await password.getByLabel("Current password").fill(creds.password);
    await password.getByLabel("New password").fill("fresh-garden-window-7");
    await password.getByRole("button", { name: "Change password" }).click();
    await expect(password.getByText("Password changed.")).toBeVisible();
    await screenshot(page, "account-desktop");

    await signOut(page);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(creds.email);
    await page.getByLabel("Password").fill(creds.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
    await signIn(page, { email: creds.email, password: "fresh-garden-window-7" });
  });

  test("the data export holds only the signed-in user's data", async ({ page, browser }) => {
    await page.setViewportSize(DESKTOP);
    // Another user exists, signed in in another browser context at the same time.
    const otherContext = await browser.newContext();
    const otherPage = await otherContext.newPage();
    const other = await signUp(otherPage);

    const mine = await signUp(page);
    await page.goto("/account");
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download my data" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^lectio-data-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await download.path())!, "utf8");
    const data = JSON.parse(text);
    expect(data.profile.email).toBe(mine.email);
    expect(Array.isArray(data.attempts)).toBe(true);
    expect(text).not.toContain(other.email);
    expect(text).not.toContain("passwordHash");

    // The route takes no id: whatever is asked for, each user gets only their own file.
    for (const path of ["/account/export", `/account/export?userId=${encodeURIComponent(other.email)}`, `/account/export?email=${encodeURIComponent(other.email)}`]) {
      const res = await otherPage.request.get(path);
      expect(res.status()).toBe(200);
      const body = await res.text();
      expect(body).toContain(other.email);
      expect(body).not.toContain(mine.email);
    }

    // Signed out: no data at all.
    const anonymous = await browser.newContext();
    const res = await anonymous.request.get(new URL("/account/export", page.url()).toString());
    expect(res.status()).toBe(401);
    expect(await res.text()).not.toContain("@example.com");
    await anonymous.close();
    await otherContext.close();
  });

  test("deleting the account needs the email typed, then sign-in fails", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const creds = await signUp(page);
    await page.goto("/account");
    const danger = page.getByRole("region", { name: "Delete account" });
    await danger.getByLabel(`Type ${creds.email} to confirm`).fill("someone@example.com");
    await danger.getByRole("button", { name: "Delete my account" }).click();
    await expect(danger.getByText(`Type ${creds.email} exactly to confirm.`)).toBeVisible();
    await expect(menu(page)).toBeVisible();

    await danger.getByLabel(`Type ${creds.email} to confirm`).fill(creds.email);
    await danger.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByRole("heading", { name: "Your account has been deleted" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in", exact: true })).toBeVisible();

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(creds.email);
    await page.getByLabel("Password").fill(creds.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  });

  test("callbackUrl only ever leads to a page of this site", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const creds = await signUp(page);
    await signOut(page);
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("https://evil.example/steal")}`);
    await page.getByLabel("Email").fill(creds.email);
    await page.getByLabel("Password").fill(creds.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/dashboard$/);

    await signOut(page);
    await signIn(page, creds, { callbackUrl: "/articles/ukraine-security-guarantees?hl=0-10#evidence" });
    await expect(page).toHaveURL(/\/articles\/ukraine-security-guarantees\?hl=0-10#evidence$/);
  });

  test("the header and the auth pages fit a 360 px phone", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/sign-in");
    await noHorizontalScroll(page);
    await screenshot(page, "sign-in-phone");
    await page.goto("/sign-up");
    await noHorizontalScroll(page);
    await screenshot(page, "sign-up-phone");

    await signUp(page, { name: "Maximiliana Bartholomew-Featherstonehaugh" });
    await page.goto("/");
    await noHorizontalScroll(page);
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "Dashboard" })).toBeHidden();
    await menu(page).click();
    await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Dashboard" })).toBeVisible();
    await noHorizontalScroll(page);
    await screenshot(page, "header-menu-phone");
    await page.goto("/account");
    await noHorizontalScroll(page);
    await screenshot(page, "account-phone");
  });

  test("next-auth's own endpoints accept the session and the Credentials provider", async ({ page, browser }) => {
    await page.setViewportSize(DESKTOP);
    const creds = await signUp(page, { role: "teacher" });
    // The cookie written at sign-up is a next-auth session carrying the user's id and role.
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session.user).toMatchObject({ email: creds.email, role: "teacher", id: expect.any(String) });

    const providers = await (await page.request.get("/api/auth/providers")).json();
    expect(providers.credentials).toMatchObject({ id: "credentials", type: "credentials" });

    // Signing in through next-auth's credentials callback (what next-auth's client signIn() does).
    const context = await browser.newContext();
    const api = context.request;
    const base = new URL("/", page.url()).toString();
    const { csrfToken } = await (await api.get(new URL("/api/auth/csrf", base).toString())).json();
    const wrong = await api.post(new URL("/api/auth/callback/credentials", base).toString(), {
      form: { csrfToken, email: creds.email, password: "not-the-password", json: "true" },
    });
    expect(wrong.status()).toBe(401);
    expect((await wrong.json()).url).toContain("error=WrongCredentials");
    const ok = await api.post(new URL("/api/auth/callback/credentials", base).toString(), {
      form: { csrfToken, email: creds.email, password: creds.password, json: "true" },
    });
    expect(ok.status()).toBe(200);
    const viaApi = await (await api.get(new URL("/api/auth/session", base).toString())).json();
    expect(viaApi.user).toMatchObject({ email: creds.email, role: "teacher" });
    await context.close();
  });
});
