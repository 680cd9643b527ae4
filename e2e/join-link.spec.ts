// A class's join link and QR code use the public address. The test server has no public address (NEXTAUTH_URL is
// http://localhost:PORT, what `npm start` fills in), so at localhost the class page says plainly that the link only
// works on this computer and where to open Lectio instead; opened at the machine's network address, the link uses
// that address and works from another device.
import { networkInterfaces } from "node:os";
import path from "node:path";
import { DESKTOP, expect, SHOTS, signIn, signUp, test } from "./fixtures";

const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

test("at localhost the class page warns that the join link only works on this computer; at the network address the link uses it", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(DESKTOP);
  const creds = await signUp(page, { role: "teacher", name: "Lin Link" });
  await page.getByLabel("Class name").fill("6D Readers");
  await page.getByRole("button", { name: "Create class" }).click();
  await page.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classPath = new URL(page.url()).pathname;
  const port = new URL(baseURL!).port;

  const invite = page.getByRole("region", { name: "Invite students" });
  const joinLink = (await page.getByTestId("join-link").textContent())!;
  expect(joinLink).toMatch(new RegExp(`^http://localhost:${port}/join/[A-Z0-9]{7}$`));
  const warning = invite.getByRole("note", { name: "Join link warning" });
  await expect(warning).toContainText("This link and QR code only work on this computer.");
  await expect(warning).toContainText(`You are viewing Lectio at localhost:${port}, and no public address is set`);
  await expect(warning).toContainText("sets NEXTAUTH_URL to the site’s public address");
  for (const [name, viewport] of [["desktop", DESKTOP], ["phone", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(viewport);
    await invite.screenshot({ path: path.join(SHOTS, `join-link-localhost-${name}.png`) });
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForTimeout(300);
  await invite.screenshot({ path: path.join(SHOTS, "join-link-localhost-phone-dark.png") });
  await page.emulateMedia({ colorScheme: "light" });

  test.skip(!lanAddress, "this machine has no network address besides loopback");
  const lanOrigin = `http://${lanAddress}:${port}`;
  await expect(warning.getByRole("link", { name: lanOrigin, exact: true })).toHaveAttribute("href", `${lanOrigin}${classPath}`);

  // Opened at the network address (a new sign-in: cookies belong to a host), the link follows it and no warning shows.
  const lan = await browser.newContext({ viewport: DESKTOP, baseURL: lanOrigin });
  const t = await lan.newPage();
  await signIn(t, creds, { callbackUrl: classPath });
  await expect(t).toHaveURL(`${lanOrigin}${classPath}`);
  const lanLink = (await t.getByTestId("join-link").textContent())!;
  expect(lanLink).toBe(joinLink.replace(`http://localhost:${port}`, lanOrigin));
  await expect(t.getByRole("note", { name: "Join link warning" })).toHaveCount(0);
  await expect(t.getByText(`No public address is set for Lectio, so this link uses the address you opened it at. It works for anyone who can reach ${lanAddress}:${port}.`)).toBeVisible();
  await t.getByRole("region", { name: "Invite students" }).screenshot({ path: path.join(SHOTS, "join-link-lan-desktop.png") });

  // A student's device following that link reaches this class's join page.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const s = await phone.newPage();
  await s.goto(lanLink);
  await expect(s).toHaveURL(new RegExp(`^${lanOrigin}/sign-in\\?callbackUrl=`));
  await lan.close();
  await phone.close();
});
