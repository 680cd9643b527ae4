import "server-only";
import { cookies } from "next/headers";
import { DAY_MS, isTimeZone } from "@/lib/progress/days";

/**
 * Lectio's clock. Scheduling, "today", "due" and streaks take their time from `now()`, so browser tests can
 * move a student's days forward.
 *
 * In production `now()` is the real time. When the server runs with LECTIO_E2E=1 (the Playwright test
 * server only), a browser may carry a day offset in the `lectio_e2e_clock` cookie, set through
 * POST /api/test/clock. The offset lives in that browser's cookie jar, so each test (its own browser
 * context) moves only its own time, and parallel workers sharing one server never see each other's clock.
 * See docs/decisions/ for the reasoning.
 */

export const CLOCK_COOKIE = "lectio_e2e_clock";
export const MAX_OFFSET_DAYS = 3650;

/** The browser's IANA time zone, set by the dashboard (see components/time-zone-cookie.tsx). */
export const TIME_ZONE_COOKIE = "lectio_tz";

export function clockCanMove(): boolean {
  return process.env.LECTIO_E2E === "1";
}

/** The day offset a cookie value stands for: an integer in ±MAX_OFFSET_DAYS, else 0. */
export function parseOffsetDays(value: string | undefined): number {
  if (!value || !/^-?\d{1,4}$/.test(value)) return 0;
  const days = Number(value);
  return Math.abs(days) <= MAX_OFFSET_DAYS ? days : 0;
}

async function cookieValue(name: string): Promise<string | undefined> {
  try {
    return (await cookies()).get(name)?.value;
  } catch {
    // Outside a request (scripts, unit tests) there are no cookies: real time, UTC.
    return undefined;
  }
}

/** The current time: real time, plus this browser's test offset on the e2e server. */
export async function now(): Promise<Date> {
  const real = new Date();
  if (!clockCanMove()) return real;
  const days = parseOffsetDays(await cookieValue(CLOCK_COOKIE));
  return days === 0 ? real : new Date(real.getTime() + days * DAY_MS);
}

/** The viewer's time zone for calendar days ("today", streaks): the browser's, once known, else UTC. */
export async function viewerTimeZone(): Promise<string> {
  const value = await cookieValue(TIME_ZONE_COOKIE);
  return value && isTimeZone(value) ? value : "UTC";
}
