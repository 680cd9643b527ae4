import { addDays, dayKey } from "./days";

export interface Streak {
  /** Consecutive days, ending today or yesterday, with at least one finished quiz or review. */
  current: number;
  /** The longest such run ever. */
  longest: number;
  /** True when today already counts (false: the streak is still alive from yesterday, but today is open). */
  today: boolean;
}

/**
 * The student's streak from the instants they finished a quiz or review. A streak survives until the end of
 * the day after its last active day: at 9 am it still shows yesterday's run, so nobody "loses" it before
 * they had a chance to study today.
 */
export function computeStreak(finishedAt: readonly Date[], now: Date, timeZone = "UTC"): Streak {
  const days = new Set(finishedAt.filter((d) => d.getTime() <= now.getTime()).map((d) => dayKey(d, timeZone)));
  const today = dayKey(now, timeZone);

  let current = 0;
  const start = days.has(today) ? today : days.has(addDays(today, -1)) ? addDays(today, -1) : null;
  if (start) for (let d = start; days.has(d); d = addDays(d, -1)) current++;

  let longest = 0;
  for (const d of days) {
    if (days.has(addDays(d, -1))) continue; // not the first day of a run
    let run = 0;
    for (let x = d; days.has(x); x = addDays(x, 1)) run++;
    longest = Math.max(longest, run);
  }
  return { current, longest, today: days.has(today) };
}
