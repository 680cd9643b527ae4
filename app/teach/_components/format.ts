// Small display helpers shared by the teacher pages (pure, server and client safe).

export { formatDuration } from "@/lib/format/duration";

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const STATUS_LABELS = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
  late: "Late",
  missing: "Missing",
} as const;
