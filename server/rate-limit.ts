import "server-only";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import Redis from "ioredis";
import { db } from "./db";
import { env } from "./env";

/**
 * Sign-in throttling, shared by every app server: counters live in the database (RateLimiterFlexible table)
 * or in Redis when REDIS_URL is set. Only failed attempts count; a successful sign-in clears the account's counts.
 *
 * Nothing here refuses an account's owner because of someone else's guesses (issue 16, item 5): refusals are
 * keyed by (account, client address) and by address; the account as a whole is only slowed down.
 */
export const SIGN_IN_LIMITS = {
  /** Failed attempts allowed for one account from one address in the window, then that pair waits `blockSeconds`. */
  perAccountAddress: { points: 5, duration: 15 * 60, blockSeconds: 15 * 60 },
  /** Failed attempts allowed per address in the window (covers one person trying many emails). */
  perIp: { points: 100, duration: 60 * 60, blockSeconds: 60 * 60 },
  /**
   * The account from every address together: after `freeFailures` failures in the window, each sign-in attempt
   * for it (the owner's too, right password or not) waits `baseDelayMs`, doubling per further failure up to
   * `maxDelayMs`. A delay, never a refusal.
   */
  perAccount: { freeFailures: 5, duration: 15 * 60, baseDelayMs: 500, maxDelayMs: 10_000 },
} as const;

export type SignInLimits = {
  perAccountAddress: Limits;
  perIp: Limits;
  perAccount: { freeFailures: number; duration: number; baseDelayMs: number; maxDelayMs: number };
};

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

/** How long an attempt on an account waits after `failures` failed attempts on it from any address. */
export function signInDelayMs(failures: number, limits: SignInLimits["perAccount"]): number {
  if (failures < limits.freeFailures) return 0;
  return Math.min(limits.maxDelayMs, limits.baseDelayMs * 2 ** (failures - limits.freeFailures));
}

export class SignInLimiter {
  private readonly byPair: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;
  private readonly byAccount: RateLimiterAbstract;

  constructor(
    keyPrefix: string,
    private readonly limits: SignInLimits,
  ) {
    this.byPair = createLimiter(`${keyPrefix}_pair`, limits.perAccountAddress);
    this.byIp = createLimiter(`${keyPrefix}_ip`, limits.perIp);
    // A counter that never refuses: its count of failures sets the delay.
    this.byAccount = createLimiter(`${keyPrefix}_account`, { points: 1_000_000_000, duration: limits.perAccount.duration, blockSeconds: 0 });
  }

  /**
   * Before checking a password. `retryAfter`: seconds this account/address pair or this address must wait, or 0
   * when the attempt may go ahead. `delayMs`: how long the attempt waits first (the account's slow-down).
   */
  async check(email: string, ip: string): Promise<{ retryAfter: number; delayMs: number }> {
    const [p, i, a] = await Promise.all([this.byPair.get(pairKey(email, ip)), this.byIp.get(ip), this.byAccount.get(emailKey(email))]);
    const waits = [
      p && p.consumedPoints >= this.limits.perAccountAddress.points ? p.msBeforeNext : 0,
      i && i.consumedPoints >= this.limits.perIp.points ? i.msBeforeNext : 0,
    ];
    const ms = Math.max(...waits);
    return { retryAfter: ms > 0 ? Math.ceil(ms / 1000) : 0, delayMs: signInDelayMs(a?.consumedPoints ?? 0, this.limits.perAccount) };
  }

  /**
   * Count one failed attempt. `wait`: the seconds to wait when this failure used up an allowance (the next
   * attempt from this address will be refused), else 0. `remaining`: failed attempts left for this account from
   * this address in the window.
   */
  async fail(email: string, ip: string): Promise<{ wait: number; remaining: number }> {
    const [byPair, byIp] = await Promise.all([
      consume(this.byPair, pairKey(email, ip)),
      consume(this.byIp, ip),
      consume(this.byAccount, emailKey(email)),
    ]);
    const blocked = [byPair, byIp].filter((r) => r.blocked).map((r) => r.res.msBeforeNext);
    return { wait: blocked.length ? Math.ceil(Math.max(...blocked) / 1000) : 0, remaining: byPair.res.remainingPoints };
  }

  /** A successful sign-in clears the account's failures, from this address and overall (the address's count stays). */
  async succeed(email: string, ip: string): Promise<void> {
    await Promise.all([this.byPair.delete(pairKey(email, ip)), this.byAccount.delete(emailKey(email))]);
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

/**
 * Class codes tried (issue 16, item 11): codes that match no open class count, per address and, when signed in, per
 * account; a code that works costs nothing. Generous per address, since a whole school may share one and pupils
 * mistype; tight per account. A code has 7 of 31 characters, so at these rates guessing one takes centuries.
 */
export const CLASS_CODE_LIMITS = {
  perIp: { points: 100, duration: 15 * 60, blockSeconds: 15 * 60 },
  perAccount: { points: 20, duration: 15 * 60, blockSeconds: 15 * 60 },
} as const;

export class ClassCodeLimiter {
  private readonly byIp: RateLimiterAbstract;
  private readonly byAccount: RateLimiterAbstract;

  constructor(keyPrefix: string, limits: { perIp: Limits; perAccount: Limits }) {
    this.byIp = createLimiter(`${keyPrefix}_ip`, limits.perIp);
    this.byAccount = createLimiter(`${keyPrefix}_account`, limits.perAccount);
  }

  /**
   * Counts one code about to be looked up, before the lookup (so requests sent at once can't all slip through).
   * Returns 0 when it may go ahead, else the seconds to wait and which allowance ran out.
   */
  async take(ip: string, userId: string | undefined): Promise<{ wait: number; by?: "address" | "account" }> {
    const [byIp, byAccount] = await Promise.all([consume(this.byIp, ip), userId ? consume(this.byAccount, userId) : undefined]);
    const over = (r: { res: RateLimiterRes; over: boolean } | undefined) => (r?.over ? Math.max(1, Math.ceil(r.res.msBeforeNext / 1000)) : 0);
    if (over(byAccount)) return { wait: over(byAccount), by: "account" };
    if (over(byIp)) return { wait: over(byIp), by: "address" };
    return { wait: 0 };
  }

  /** The code matched a class: give back what `take` counted. */
  async found(ip: string, userId: string | undefined): Promise<void> {
    await Promise.all([this.byIp.reward(ip, 1), userId ? this.byAccount.reward(userId, 1) : undefined]);
  }
}

let classCodeLimiter: ClassCodeLimiter | undefined;

export function getClassCodeLimiter(): ClassCodeLimiter {
  classCodeLimiter ??= new ClassCodeLimiter("classcode", CLASS_CODE_LIMITS);
  return classCodeLimiter;
}

let signUpLimiter: SignUpLimiter | undefined;

export function getSignUpLimiter(): SignUpLimiter {
  signUpLimiter ??= new SignUpLimiter(createLimiter("signup_ip", SIGN_UP_LIMITS.perIp));
  return signUpLimiter;
}

/** `blocked`: this point used up the allowance or came after it; `over`: it came after (the request is refused). */
async function consume(limiter: RateLimiterAbstract, key: string): Promise<{ blocked: boolean; over: boolean; res: RateLimiterRes }> {
  try {
    const res = await limiter.consume(key);
    return { blocked: res.remainingPoints === 0, over: false, res };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { blocked: true, over: true, res: error };
    throw error;
  }
}

function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Addresses never contain "|", so the address first keeps every (address, email) key distinct. */
function pairKey(email: string, ip: string): string {
  return `${ip}|${emailKey(email)}`;
}

let signInLimiter: SignInLimiter | undefined;

export function getSignInLimiter(): SignInLimiter {
  signInLimiter ??= new SignInLimiter("signin", SIGN_IN_LIMITS);
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
