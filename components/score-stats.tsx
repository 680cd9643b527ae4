import { formatDuration } from "@/lib/format/duration";

/** Score, time taken and questions missed of one attempt: the student's results and the teacher's drill-down. */
export function ScoreStats({ percent, durationMs, missed }: { percent: number; durationMs: number; missed: number }) {
  const stats = [
    { label: "Score", value: `${percent}%` },
    { label: "Time taken", value: formatDuration(durationMs) },
    { label: "Missed", value: String(missed) },
  ];
  return (
    <dl className="grid grid-cols-3 divide-x divide-stone-200 dark:divide-stone-800">
      {stats.map((stat) => (
        <div key={stat.label} className="px-4 py-4 sm:px-8">
          <dt className="text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">{stat.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-stone-900 dark:text-white">{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
