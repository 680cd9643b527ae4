import bcrypt from "bcryptjs";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { changePassword, createUser, deleteUser, endAllSessions, exportUserData, getSessionAccount, verifyCredentials } from "./users";
import { claimGuestAttempts } from "./guest-claim";

afterAll(async () => {
  await db.$disconnect();
});

let n = 0;
async function newUser(role: "student" | "teacher" = "student") {
  const email = `user${++n}@example.com`;
  const r = await createUser({ name: `User ${n}`, email, password: "violet-harbour-lantern", role });
  if (!r.ok) throw new Error("createUser failed");
  return r.user;
}

async function makeAttempt(data: { userId?: string; guestId?: string }) {
  const article = await db.article.create({ data: { slug: `a-${++n}`, title: "T" } });
  const version = await db.articleVersion.create({ data: { articleId: article.id, number: 1, hash: `h${n}`, body: "Body.", words: 1 } });
  const set = await db.questionSet.create({ data: { versionId: version.id, generator: "manual" } });
  const question = await db.question.create({
    data: { setId: set.id, key: "q1", type: "true_false", prompt: "Is it?", answer: '"true"', evidenceStart: 0, evidenceEnd: 5, evidenceText: "Body.", explanation: "", position: 0 },
  });
  return db.attempt.create({
    data: { ...data, setId: set.id, plan: "[]", total: 1, responses: { create: { questionId: question.id, answer: '"true"', correct: true } } },
  });
}

describe("accounts", () => {
  it("hashes the password and tells unknown email from wrong password", async () => {
    const u = await newUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await verifyCredentials(u.email, "violet-harbour-lantern")).ok).toBe(true);
    expect(await verifyCredentials(u.email.toUpperCase(), "violet-harbour-lantern")).toMatchObject({ ok: true });
    expect(await verifyCredentials(u.email, "wrong-password-here")).toEqual({ ok: false, reason: "wrong_password" });
    expect(await verifyCredentials("nobody@example.com", "violet-harbour-lantern")).toEqual({ ok: false, reason: "unknown_email" });
  });

  it("refuses a second account with the same email", async () => {
    const u = await newUser();
    const again = await createUser({ name: "X", email: u.email, password: "another-long-secret", role: "student" });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.fieldErrors?.email?.[0]).toMatch(/already exists/);
  });

  it("changes the password only with the current one and under the same rules", async () => {
    const u = await newUser();
    expect(await changePassword(u.id, "nope-not-it-1", "fresh-garden-window")).toMatchObject({ ok: false, fieldErrors: { currentPassword: [expect.any(String)] } });
    expect(await changePassword(u.id, "violet-harbour-lantern", "password123")).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.stringMatching(/common/)] } });
    expect(await changePassword(u.id, "violet-harbour-lantern", "fresh-garden-window")).toEqual({ ok: true, sessionVersion: 1 });
    expect((await verifyCredentials(u.email, "fresh-garden-window")).ok).toBe(true);
    expect((await verifyCredentials(u.email, "violet-harbour-lantern")).ok).toBe(false);
  });
});

describe("password hashing (issue 16, item 7)", () => {
  it("counts every byte of a long password (bcrypt ignored all past the 72nd)", async () => {
    const base = "x".repeat(72);
    const r = await createUser({ name: "Long", email: `long${++n}@example.com`, password: `${base}-first-ending`, role: "student" });
    if (!r.ok) throw new Error("createUser failed");
    expect((await verifyCredentials(r.user.email, `${base}-first-ending`)).ok).toBe(true);
    expect(await verifyCredentials(r.user.email, `${base}-other-ending`)).toEqual({ ok: false, reason: "wrong_password" });
  });

  it("still accepts an account's bcrypt hash, and replaces it with argon2id at the next sign-in", async () => {
    const email = `legacy${++n}@example.com`;
    const legacy = await bcrypt.hash("violet-harbour-lantern", 10);
    const user = await db.user.create({ data: { email, name: "Legacy", passwordHash: legacy } });
    expect(await verifyCredentials(email, "wrong-password-here")).toEqual({ ok: false, reason: "wrong_password" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(legacy);

    expect((await verifyCredentials(email, "violet-harbour-lantern")).ok).toBe(true);
    const after = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!;
    expect(after).toMatch(/^\$argon2id\$/);
    expect((await verifyCredentials(email, "violet-harbour-lantern")).ok).toBe(true);
    expect((await verifyCredentials(email, "wrong-password-here")).ok).toBe(false);
    // A password change with the old password still works after the rehash.
    expect(await changePassword(user.id, "violet-harbour-lantern", "fresh-garden-window")).toMatchObject({ ok: true });
  });

  it("treats a corrupt stored hash as a wrong password, not an error", async () => {
    const email = `corrupt${++n}@example.com`;
    await db.user.create({ data: { email, passwordHash: "$argon2id$v=19$garbage" } });
    expect(await verifyCredentials(email, "violet-harbour-lantern")).toEqual({ ok: false, reason: "wrong_password" });
  });

  it("refuses a password of spaces, and weak ones, on password change with a message", async () => {
    const u = await newUser();
    for (const [weak, message] of [
      [" ".repeat(12), /only spaces/],
      ["     short  pw", /at least 10/],
      ["football2024!", /too common/],
      ["abababababab", /too common/],
    ] as const) {
      expect(await changePassword(u.id, "violet-harbour-lantern", weak)).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.stringMatching(message)] } });
    }
  });
});

describe("ending sessions (issue 16)", () => {
  it("a password change, a sign-out and account deletion end the sessions made before them", async () => {
    const u = await newUser();
    // A session token carries the account's session version at sign-in (0 for a new account).
    const before = (await verifyCredentials(u.email, "violet-harbour-lantern")) as { ok: true; user: { sessionVersion: number } };
    expect(await getSessionAccount(u.id, before.user.sessionVersion)).toMatchObject({ id: u.id });

    const changed = await changePassword(u.id, "violet-harbour-lantern", "fresh-garden-window");
    expect(await getSessionAccount(u.id, before.user.sessionVersion)).toBeNull();
    const current = (changed as { sessionVersion: number }).sessionVersion;
    expect(await getSessionAccount(u.id, current)).toMatchObject({ id: u.id });
    // The version a fresh sign-in puts into its token is the current one.
    expect(await verifyCredentials(u.email, "fresh-garden-window")).toMatchObject({ ok: true, user: { sessionVersion: current } });

    const afterSignOut = await endAllSessions(u.id);
    expect(await getSessionAccount(u.id, current)).toBeNull();
    expect(await getSessionAccount(u.id, afterSignOut!)).toMatchObject({ id: u.id });

    expect(await deleteUser(u.id, u.email)).toEqual({ ok: true });
    expect(await getSessionAccount(u.id, afterSignOut!)).toBeNull();
    expect(await endAllSessions(u.id)).toBeNull();
  });
});

describe("guest claim", () => {
  it("moves only the guest's unowned attempts to the account", async () => {
    const u = await newUser();
    const other = await newUser();
    const mine = await makeAttempt({ guestId: "guest-1" });
    const owned = await makeAttempt({ guestId: "guest-1", userId: other.id });
    const someoneElses = await makeAttempt({ guestId: "guest-2" });
    expect(await claimGuestAttempts(u.id, "guest-1")).toBe(1);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: mine.id } })).userId).toBe(u.id);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: owned.id } })).userId).toBe(other.id);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: someoneElses.id } })).userId).toBeNull();
    expect(await claimGuestAttempts(u.id, undefined)).toBe(0);
    expect(await claimGuestAttempts(u.id, "")).toBe(0);
  });
});

describe("export and delete", () => {
  it("exports only the user's own data, without secrets", async () => {
    const u = await newUser();
    const other = await newUser();
    await makeAttempt({ userId: u.id });
    await makeAttempt({ userId: other.id });
    const data = await exportUserData(u.id);
    expect(data?.profile.email).toBe(u.email);
    expect(data?.attempts).toHaveLength(1);
    expect(data?.attempts[0].responses[0]).toMatchObject({ answer: "true", correct: true, question: "Is it?" });
    const text = JSON.stringify(data);
    expect(text).not.toContain(other.email);
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("$2");
  });

  it("deletes the account and its data only after the email is typed", async () => {
    const u = await newUser();
    const attempt = await makeAttempt({ userId: u.id });
    expect(await deleteUser(u.id, "wrong@example.com")).toMatchObject({ ok: false, fieldErrors: { confirmEmail: [expect.any(String)] } });
    expect(await db.user.count({ where: { id: u.id } })).toBe(1);
    expect(await deleteUser(u.id, ` ${u.email.toUpperCase()} `)).toEqual({ ok: true });
    expect(await db.user.count({ where: { id: u.id } })).toBe(0);
    expect(await db.attempt.count({ where: { id: attempt.id } })).toBe(0);
    expect(await db.response.count({ where: { attemptId: attempt.id } })).toBe(0);
  });
});
