import "server-only";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import Redis from "ioredis";
import { db } from "./db";
import { env } from "./env";

/**
 * Sign-in throttling, shared by every app server: counters live in the database (RateLimiterFlexible table)
 * or in Redis when REDIS_URL is set. Only failed attempts count; a successful sign-in clears the account's count.
 */
export const SIGN_IN_LIMITS = {
  /** Failed attempts allowed per account (email) in the window before it is locked for `blockSeconds`. */
  perEmail: { points: 5, duration: 15 * 60, blockSeconds: 15 * 60 },
  /** Failed attempts allowed per IP address in the window (covers one person trying many emails). */
  perIp: { points: 100, duration: 60 * 60, blockSeconds: 60 * 60 },
} as const;

/**
 * New accounts per IP address: generous, since a whole school may sign up at once behind one address, but it
 * stops a script from making accounts (or probing which emails are taken) without end.
 */
export const SIGN_UP_LIMITS = {
  perIp: { points: 120, duration: 60 * 60, blockSeconds: 60 * 60 },
} as const;

type Limits = { points: number; duration: number; blockSeconds: number };

let redis: Redis | undefined;
function redisClient(url: string): Redis {
  // Commands sent while the connection is still opening wait for it (the offline queue); a Redis that is down
  // fails fast, and the limiter then falls back to its in-memory insurance limiter.
  redis ??= new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  return redis;
}

export function createLimiter(keyPrefix: string, limits: Limits): RateLimiterAbstract {
  const options = { keyPrefix, points: limits.points, duration: limits.duration, blockDuration: limits.blockSeconds };
  const url = env().REDIS_URL;
  if (url) return new RateLimiterRedis({ ...options, storeClient: redisClient(url), insuranceLimiter: new RateLimiterMemory(options) });
  // The Prisma client exposes the model as `rateLimiterFlexible`.
  return new RateLimiterPrisma({ ...options, storeClient: db, tableName: "rateLimiterFlexible", clearExpiredByTimeout: true });
}

export class SignInLimiter {
  constructor(
    private readonly byEmail: RateLimiterAbstract,
    private readonly byIp: RateLimiterAbstract,
    private readonly limits: { perEmail: Limits; perIp: Limits },
  ) {}

  /** Seconds to wait before this email/IP may try again, or 0 when a sign-in attempt is allowed now. */
  async retryAfter(email: string, ip: string): Promise<number> {
    const [e, i] = await Promise.all([this.byEmail.get(emailKey(email)), this.byIp.get(ip)]);
    const waits = [
      e && e.consumedPoints >= this.limits.perEmail.points ? e.msBeforeNext : 0,
      i && i.consumedPoints >= this.limits.perIp.points ? i.msBeforeNext : 0,
    ];
    const ms = Math.max(...waits);
    return ms > 0 ? Math.ceil(ms / 1000) : 0;
  }

  /**
   * Count one failed attempt. `wait`: the seconds to wait when this failure used up an allowance (the next
   * attempt will be refused), else 0. `remaining`: failed attempts this account has left in the window.
   */
  async fail(email: string, ip: string): Promise<{ wait: number; remaining: number }> {
    const [byEmail, byIp] = await Promise.all([consume(this.byEmail, emailKey(email)), consume(this.byIp, ip)]);
    const blocked = [byEmail, byIp].filter((r) => r.blocked).map((r) => r.res.msBeforeNext);
    return { wait: blocked.length ? Math.ceil(Math.max(...blocked) / 1000) : 0, remaining: byEmail.res.remainingPoints };
  }

  /** A successful sign-in clears the account's failures (the IP's count stays). */
  async succeed(email: string): Promise<void> {
    await this.byEmail.delete(emailKey(email));
  }
}

export class SignUpLimiter {
  constructor(private readonly byIp: RateLimiterAbstract) {}

  /**
   * Counts one sign-up attempt from this IP. Returns 0 when it may go ahead, else the seconds to wait (the
   * attempt that used up the allowance still goes ahead; the ones after it wait).
   */
  async take(ip: string): Promise<number> {
    try {
      await this.byIp.consume(ip);
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }
}

let signUpLimiter: SignUpLimiter | undefined;

export function getSignUpLimiter(): SignUpLimiter {
  signUpLimiter ??= new SignUpLimiter(createLimiter("signup_ip", SIGN_UP_LIMITS.perIp));
  return signUpLimiter;
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<{ blocked: boolean; res: RateLimiterRes }> {
  try {
    const res = await limiter.consume(key);
    return { blocked: res.remainingPoints === 0, res };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { blocked: true, res: error };
    throw error;
  }
}

function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

let signInLimiter: SignInLimiter | undefined;

export function getSignInLimiter(): SignInLimiter {
  signInLimiter ??= new SignInLimiter(
    createLimiter("signin_email", SIGN_IN_LIMITS.perEmail),
    createLimiter("signin_ip", SIGN_IN_LIMITS.perIp),
    SIGN_IN_LIMITS,
  );
  return signInLimiter;
}

/** "2 minutes", "45 seconds", "1 hour". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hour${hours === 1 ? "" : "s"}`;
}
