import { afterAll, describe, expect, it } from "vitest";
import { db } from "./db";
import { createLimiter, formatWait, signInDelayMs, SignInLimiter, SignUpLimiter } from "./rate-limit";

// Runs against the real database store (this file's own migrated copy), the same one the app servers share.
const limits = {
  perAccountAddress: { points: 3, duration: 600, blockSeconds: 900 },
  perIp: { points: 5, duration: 600, blockSeconds: 900 },
  perAccount: { freeFailures: 4, duration: 600, baseDelayMs: 500, maxDelayMs: 4000 },
};

const limiter = (prefix: string) => new SignInLimiter(prefix, limits);

afterAll(async () => {
  await db.$disconnect();
});

describe("SignInLimiter (database store)", () => {
  it("refuses an account from an address that used up its failures, and only from that address", async () => {
    const l = limiter("a");
    expect(await l.check("ana@example.com", "10.0.0.1")).toEqual({ retryAfter: 0, delayMs: 0 });
    expect(await l.fail("ana@example.com", "10.0.0.1")).toEqual({ wait: 0, remaining: 2 });
    expect(await l.fail("Ana@Example.com", "10.0.0.1")).toEqual({ wait: 0, remaining: 1 });
    expect((await l.check("ana@example.com", "10.0.0.1")).retryAfter).toBe(0);
    const { wait, remaining } = await l.fail("ana@example.com", "10.0.0.1");
    expect(remaining).toBe(0);
    expect(wait).toBeGreaterThan(500);
    expect(wait).toBeLessThanOrEqual(600);
    expect((await l.check("ana@example.com", "10.0.0.1")).retryAfter).toBeGreaterThan(500);
    // The owner elsewhere is not refused (issue 16, item 5), nor are other accounts from that address.
    expect((await l.check("ana@example.com", "10.9.9.9")).retryAfter).toBe(0);
    expect((await l.check("ben@example.com", "10.0.0.1")).retryAfter).toBe(0);
    // The counters are rows in the shared table.
    const rows = await db.rateLimiterFlexible.findMany({ where: { key: { startsWith: "a_pair" } } });
    expect(rows).toHaveLength(1);
    expect(rows[0].points).toBe(3);
  });

  it("slows an account down, never refuses it, when the failures come from many addresses", async () => {
    const l = limiter("s");
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      await l.fail("sam@example.com", `10.5.0.${i}`);
      const { retryAfter, delayMs } = await l.check("sam@example.com", "10.5.1.1");
      expect(retryAfter).toBe(0);
      delays.push(delayMs);
    }
    expect(delays).toEqual([0, 0, 0, 500, 1000, 2000, 4000, 4000]);
    expect((await l.check("other@example.com", "10.5.1.1")).delayMs).toBe(0);
  });

  it("limits one IP trying many accounts", async () => {
    const l = limiter("b");
    for (let i = 0; i < 4; i++) expect((await l.fail(`user${i}@example.com`, "10.1.1.1")).wait).toBe(0);
    expect((await l.check("user9@example.com", "10.1.1.1")).retryAfter).toBe(0);
    expect((await l.fail("user5@example.com", "10.1.1.1")).wait).toBeGreaterThan(0);
    expect((await l.check("user9@example.com", "10.1.1.1")).retryAfter).toBeGreaterThan(500);
    expect((await l.check("user9@example.com", "10.1.1.2")).retryAfter).toBe(0);
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const l = limiter("c");
    for (let i = 0; i < 2; i++) await l.fail("cara@example.com", "10.2.2.2");
    for (let i = 0; i < 2; i++) await l.fail("cara@example.com", `10.2.3.${i}`);
    expect((await l.check("cara@example.com", "10.2.2.2")).delayMs).toBe(500);
    await l.succeed("cara@example.com", "10.2.2.2");
    expect(await l.check("cara@example.com", "10.2.2.2")).toEqual({ retryAfter: 0, delayMs: 0 });
    expect(await l.fail("cara@example.com", "10.2.2.2")).toEqual({ wait: 0, remaining: 2 });
    expect(await l.fail("cara@example.com", "10.2.2.2")).toEqual({ wait: 0, remaining: 1 });
  });

  it("counts concurrent failures from several servers", async () => {
    const a = limiter("d");
    const b = limiter("d");
    await Promise.all([a.fail("dan@example.com", "10.3.3.3"), b.fail("dan@example.com", "10.3.3.3"), a.fail("dan@example.com", "10.3.3.3")]);
    expect((await b.check("dan@example.com", "10.3.3.3")).retryAfter).toBeGreaterThan(0);
  });
});

describe("signInDelayMs", () => {
  it("is 0 for the first failures, then doubles up to its cap", () => {
    const p = { freeFailures: 5, duration: 900, baseDelayMs: 500, maxDelayMs: 10_000 };
    expect([0, 4, 5, 6, 7, 9, 10, 50].map((f) => signInDelayMs(f, p))).toEqual([0, 0, 500, 1000, 2000, 8000, 10_000, 10_000]);
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
