import { addDays, dayKey, endOfDay } from "./days";
import { LEARNING_STATES } from "./scheduler";

/** At most this many review answers a day; the rest of a backlog waits for the next days. */
export const DAILY_REVIEW_CAP = 30;

export interface DueCard {
  id: string;
  due: Date;
  /** FSRS state (scheduler.ts): a card in a learning step is ready at its hour, not from the start of its day */
  state?: number;
}

export interface ReviewQueue<T extends DueCard> {
  /** Cards to review now, most overdue first (at most the cap left for today). */
  today: T[];
  /** Cards due by the end of today (the backlog), including those held back by the cap. */
  dueToday: number;
  /** Missed questions coming back later today, in a learning step (not in `today` until their hour). */
  laterToday: number;
  /** Reviews already answered today. */
  doneToday: number;
  /** How many reviews are left today under the cap. */
  capLeft: number;
  /** Due cards held back by the cap. */
  heldBack: number;
  /** The next days' load once held-back cards are spread over them: [{ day: "YYYY-MM-DD", count }]. */
  upcoming: { day: string; count: number }[];
  /** When the next card falls due after those ready now, if any (for "next review at … / on …"). */
  nextDue: Date | null;
}

/**
 * Today's review queue under a daily cap. A card is due today when its due instant falls before the end of
 * today in the student's time zone (intervals are whole days), except a card in a learning step (a question just
 * missed), which is ready at its due instant, later today. Today's share is the cap minus the reviews
 * already answered today; what does not fit rolls over to the next days, each with the same cap, together
 * with the cards that fall due on those days: a long absence never turns into a wall of reviews.
 */
export function planReviews<T extends DueCard>(
  cards: readonly T[],
  input: { now: Date; doneToday: number; cap?: number; timeZone?: string; days?: number },
): ReviewQueue<T> {
  const cap = Math.max(0, Math.trunc(input.cap ?? DAILY_REVIEW_CAP));
  const timeZone = input.timeZone ?? "UTC";
  const horizon = input.days ?? 7;
  const doneToday = Math.max(0, Math.trunc(input.doneToday));
  const capLeft = Math.max(0, cap - doneToday);
  const end = endOfDay(input.now, timeZone).getTime();

  const sorted = [...cards].sort((a, b) => a.due.getTime() - b.due.getTime() || a.id.localeCompare(b.id));
  // (a card in a learning step waits for its hour: a question missed a minute ago is not to be asked again yet)
  const now = input.now.getTime();
  const waits = (c: T) => c.state !== undefined && LEARNING_STATES.has(c.state) && c.due.getTime() > now;
  const due = sorted.filter((c) => c.due.getTime() < end && !waits(c));
  const waiting = sorted.filter((c) => c.due.getTime() < end && waits(c));
  const later = sorted.filter((c) => c.due.getTime() >= end);
  const today = due.slice(0, capLeft);

  const todayKey = dayKey(input.now, timeZone);
  const native = new Map<string, number>();
  for (const c of later) {
    const k = dayKey(c.due, timeZone);
    native.set(k, (native.get(k) ?? 0) + 1);
  }
  const upcoming: { day: string; count: number }[] = [];
  let carry = due.length - today.length;
  for (let i = 1; i <= horizon; i++) {
    const day = addDays(todayKey, i);
    const wanted = carry + (native.get(day) ?? 0);
    const count = Math.min(cap, wanted);
    carry = wanted - count;
    upcoming.push({ day, count });
  }
  return {
    today,
    dueToday: due.length,
    laterToday: waiting.length,
    doneToday,
    capLeft,
    heldBack: due.length - today.length,
    upcoming,
    nextDue: waiting[0]?.due ?? later[0]?.due ?? null,
  };
}
