import { dayKey } from "@/lib/progress/days";

/**
 * When the next review falls, as a student reads it: "at 14:05 today" for a question coming back later today (a
 * learning step), "on Tue 9 Dec" for another day.
 */
export function nextReviewPhrase(next: Date, now: Date, timeZone: string): string {
  if (dayKey(next, timeZone) === dayKey(now, timeZone)) {
    return `at ${new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(next)} today`;
  }
  return `on ${new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone }).format(next)}`;
}
