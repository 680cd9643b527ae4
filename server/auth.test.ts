import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate } from "./auth";
import { createUser } from "./data/users";
import { db } from "./db";

describe("sign-in answers (issue 16: no user enumeration)", () => {
  it("gives a wrong password, an unknown email and a password-less account the same answer", async () => {
    const email = `enum-${randomUUID()}@example.com`;
    expect((await createUser({ name: "E", email, password: "violet-harbour-lantern", role: "student" })).ok).toBe(true);
    const oauthOnly = await db.user.create({ data: { email: `oauth-${randomUUID()}@example.com` } });

    const wrong = await authenticate({ email, password: "not-the-password" }, "198.51.100.1");
    const unknown = await authenticate({ email: `nobody-${randomUUID()}@example.com`, password: "not-the-password" }, "198.51.100.2");
    const noPassword = await authenticate({ email: oauthOnly.email, password: "not-the-password" }, "198.51.100.3");
    for (const result of [wrong, unknown, noPassword]) {
      expect(result).toEqual({ ok: false, reason: "wrong_credentials", error: "WrongCredentials", remaining: 4 });
    }
    expect(await authenticate({ email, password: "violet-harbour-lantern" }, "198.51.100.1")).toMatchObject({ ok: true });
  });
});

describe("sign-in throttling (issue 16, item 5: no one can lock the owner out)", () => {
  it("refuses the guessing address, lets the owner in from elsewhere, only slowed down", async () => {
    const email = `owner-${randomUUID()}@example.com`;
    const password = "violet-harbour-lantern";
    expect((await createUser({ name: "O", email, password, role: "student" })).ok).toBe(true);

    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    for (let i = 0; i < 4; i++) expect(await authenticate({ email, password: `guess-${i}-xx` }, "203.0.113.66", wait)).toMatchObject({ reason: "wrong_credentials" });
    expect(await authenticate({ email, password: "guess-4-xx" }, "203.0.113.66", wait)).toMatchObject({ reason: "rate_limited" });
    // The guessing address is refused for this account, even with the right password.
    expect(await authenticate({ email, password }, "203.0.113.66", wait)).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(waits).toEqual([]);

    // The owner, from their own address, signs in: five failures on the account make it wait, not fail.
    expect(await authenticate({ email, password }, "198.51.100.7", wait)).toMatchObject({ ok: true });
    expect(waits).toEqual([500]);
    // A successful sign-in clears the slow-down.
    expect(await authenticate({ email, password }, "198.51.100.7", wait)).toMatchObject({ ok: true });
    expect(waits).toEqual([500]);
  });
});
