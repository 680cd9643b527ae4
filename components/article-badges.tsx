import { VISIBILITY_LABELS, type Visibility } from "@/lib/validation/teacher-article";

export function StatusBadge({ status }: { status: "draft" | "published" | "none" }) {
  if (status === "published") {
    return <span className="inline-flex items-center rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-semibold text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300">Published</span>;
  }
  return (
    <span className="inline-flex items-center rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-300">
      {status === "draft" ? "Draft" : "No questions"}
    </span>
  );
}

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  return <span className="tag">{VISIBILITY_LABELS[visibility]}</span>;
}
