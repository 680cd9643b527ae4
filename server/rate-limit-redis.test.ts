import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createLimiter, SignInLimiter } from "./rate-limit";

// Before any import reads the environment (server/env.ts validates it once).
const REDIS_URL = vi.hoisted(() => (process.env.REDIS_URL = process.env.LECTIO_TEST_REDIS_URL ?? "redis://127.0.0.1:6379"));

// With REDIS_URL set, rate limits live in Redis (the server every Lectio machine runs on 127.0.0.1:6379), so
// several app servers share them. Two limiters stand for two servers.
const prefix = `lectio_test_${process.pid}_${Date.now()}`;
const limits = {
  perEmail: { points: 3, duration: 600, blockSeconds: 900 },
  perIp: { points: 50, duration: 600, blockSeconds: 900 },
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

const server = () => new SignInLimiter(createLimiter(`${prefix}_email`, limits.perEmail), createLimiter(`${prefix}_ip`, limits.perIp), limits);

describe("SignInLimiter (Redis store)", () => {
  it("shares an account's failures between app servers", async () => {
    const one = server();
    const two = server();
    await one.fail("cleo@example.com", "10.1.0.1");
    await two.fail("cleo@example.com", "10.1.0.2");
    const third = await one.fail("cleo@example.com", "10.1.0.3");
    expect(third.remaining).toBe(0);
    expect(third.wait).toBeGreaterThan(500);
    expect(await two.retryAfter("cleo@example.com", "10.1.0.4")).toBeGreaterThan(500);
    // The counter is a Redis key, not a database row.
    expect(await redis.keys(`${prefix}_email*`)).toEqual([expect.stringContaining("cleo@example.com")]);
  });
});
