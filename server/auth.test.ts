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
