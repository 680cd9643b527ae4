import type { CellStatus } from "@/server/data/gradebook";
import { STATUS_LABELS } from "./format";

const STYLES: Record<CellStatus, string> = {
  not_started: "bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-300",
  in_progress: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  done: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  late: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  missing: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200",
};

export function StatusBadge({ status }: { status: CellStatus }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>{STATUS_LABELS[status]}</span>;
}
