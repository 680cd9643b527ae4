import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SignInLimiter } from "./rate-limit";

// Before any import reads the environment (server/env.ts validates it once).
const REDIS_URL = vi.hoisted(() => (process.env.REDIS_URL = process.env.LECTIO_TEST_REDIS_URL ?? "redis://127.0.0.1:6379"));

// With REDIS_URL set, rate limits live in Redis (the server every Lectio machine runs on 127.0.0.1:6379), so
// several app servers share them. Two limiters stand for two servers.
const prefix = `lectio_test_${process.pid}_${Date.now()}`;
const limits = {
  perAccountAddress: { points: 3, duration: 600, blockSeconds: 900 },
  perIp: { points: 50, duration: 600, blockSeconds: 900 },
  perAccount: { freeFailures: 2, duration: 600, baseDelayMs: 500, maxDelayMs: 4000 },
};
let redis: Redis;

beforeAll(() => {
  redis = new Redis(REDIS_URL);
});

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

const server = () => new SignInLimiter(prefix, limits);

describe("SignInLimiter (Redis store)", () => {
  it("shares an account's failures between app servers", async () => {
    const one = server();
    const two = server();
    await one.fail("cleo@example.com", "10.1.0.1");
    await two.fail("cleo@example.com", "10.1.0.1");
    const third = await one.fail("cleo@example.com", "10.1.0.1");
    expect(third.remaining).toBe(0);
    expect(third.wait).toBeGreaterThan(500);
    expect((await two.check("cleo@example.com", "10.1.0.1")).retryAfter).toBeGreaterThan(500);
    // Elsewhere the account is slowed down (three failures, two free), not refused.
    expect(await two.check("cleo@example.com", "10.1.0.4")).toEqual({ retryAfter: 0, delayMs: 1000 });
    // The counters are Redis keys, not database rows.
    expect(await redis.keys(`${prefix}_pair*`)).toEqual([expect.stringContaining("10.1.0.1|cleo@example.com")]);
    expect(await redis.keys(`${prefix}_account*`)).toEqual([expect.stringContaining("cleo@example.com")]);
  });
});
