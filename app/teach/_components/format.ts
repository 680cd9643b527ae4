// Small display helpers shared by the teacher pages (pure, server and client safe).

const dateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "3 Dec 2026, 17:00 UTC": one unambiguous time for every reader of a shared page. */
export const formatDue = (d: Date) => `${dateTime.format(d)} UTC`;
export const formatShortDate = (d: Date) => dateOnly.format(d);

export { formatDuration } from "@/lib/format/duration";

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const STATUS_LABELS = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
  late: "Late",
  missing: "Missing",
} as const;
