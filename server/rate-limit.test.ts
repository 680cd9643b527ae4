import { afterAll, describe, expect, it } from "vitest";
import { db } from "./db";
import { createLimiter, formatWait, SignInLimiter, SignUpLimiter } from "./rate-limit";

// Runs against the real database store (this file's own migrated copy), the same one the app servers share.
const limits = {
  perEmail: { points: 3, duration: 600, blockSeconds: 900 },
  perIp: { points: 5, duration: 600, blockSeconds: 900 },
};

function limiter(prefix: string) {
  return new SignInLimiter(createLimiter(`${prefix}_email`, limits.perEmail), createLimiter(`${prefix}_ip`, limits.perIp), limits);
}

afterAll(async () => {
  await db.$disconnect();
});

describe("SignInLimiter (database store)", () => {
  it("allows attempts until an account's failures are used up, then asks to wait", async () => {
    const l = limiter("a");
    expect(await l.retryAfter("ana@example.com", "10.0.0.1")).toBe(0);
    expect(await l.fail("ana@example.com", "10.0.0.1")).toEqual({ wait: 0, remaining: 2 });
    expect(await l.fail("Ana@Example.com", "10.0.0.2")).toEqual({ wait: 0, remaining: 1 });
    expect(await l.retryAfter("ana@example.com", "10.0.0.3")).toBe(0);
    const { wait, remaining } = await l.fail("ana@example.com", "10.0.0.3");
    expect(remaining).toBe(0);
    expect(wait).toBeGreaterThan(500);
    expect(wait).toBeLessThanOrEqual(600);
    // Locked for this account from any IP, but other accounts are unaffected.
    expect(await l.retryAfter("ana@example.com", "10.9.9.9")).toBeGreaterThan(500);
    expect(await l.retryAfter("ben@example.com", "10.0.0.1")).toBe(0);
    // The counters are rows in the shared table.
    const rows = await db.rateLimiterFlexible.findMany({ where: { key: { startsWith: "a_email" } } });
    expect(rows).toHaveLength(1);
    expect(rows[0].points).toBe(3);
  });

  it("limits one IP trying many accounts", async () => {
    const l = limiter("b");
    for (let i = 0; i < 4; i++) expect((await l.fail(`user${i}@example.com`, "10.1.1.1")).wait).toBe(0);
    expect(await l.retryAfter("user9@example.com", "10.1.1.1")).toBe(0);
    expect((await l.fail("user5@example.com", "10.1.1.1")).wait).toBeGreaterThan(0);
    expect(await l.retryAfter("user9@example.com", "10.1.1.1")).toBeGreaterThan(500);
    expect(await l.retryAfter("user9@example.com", "10.1.1.2")).toBe(0);
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const l = limiter("c");
    await l.fail("cara@example.com", "10.2.2.2");
    await l.fail("cara@example.com", "10.2.2.2");
    await l.succeed("cara@example.com");
    expect(await l.fail("cara@example.com", "10.2.2.2")).toEqual({ wait: 0, remaining: 2 });
    expect(await l.fail("cara@example.com", "10.2.2.2")).toEqual({ wait: 0, remaining: 1 });
    expect(await l.retryAfter("cara@example.com", "10.2.2.2")).toBe(0);
  });

  it("counts concurrent failures from several servers", async () => {
    const a = limiter("d");
    const b = limiter("d");
    await Promise.all([a.fail("dan@example.com", "10.3.3.3"), b.fail("dan@example.com", "10.3.3.4"), a.fail("dan@example.com", "10.3.3.5")]);
    expect(await b.retryAfter("dan@example.com", "10.3.3.6")).toBeGreaterThan(0);
  });
});

describe("SignUpLimiter (database store)", () => {
  it("lets an IP make its allowance of accounts, then asks it to wait; other IPs go on", async () => {
    const l = new SignUpLimiter(createLimiter("e_signup", { points: 3, duration: 3600, blockSeconds: 3600 }));
    for (let i = 0; i < 3; i++) expect(await l.take("10.4.4.4")).toBe(0);
    const wait = await l.take("10.4.4.4");
    expect(wait).toBeGreaterThan(3500);
    expect(wait).toBeLessThanOrEqual(3600);
    expect(await l.take("10.4.4.4")).toBeGreaterThan(3500);
    expect(await l.take("10.4.4.5")).toBe(0);
  });
});

describe("formatWait", () => {
  it("speaks in the largest sensible unit", () => {
    expect(formatWait(1)).toBe("1 second");
    expect(formatWait(45)).toBe("45 seconds");
    expect(formatWait(61)).toBe("2 minutes");
    expect(formatWait(900)).toBe("15 minutes");
    expect(formatWait(3600)).toBe("1 hour");
  });
});
