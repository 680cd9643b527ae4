/** "3 of 12" with a bar; the bar is a real progressbar for assistive technology. */
export function ProgressBar({ index, total }: { index: number; total: number }) {
  const position = index + 1;
  const percent = total > 0 ? Math.round((position / total) * 100) : 0;
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label="Quiz progress"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={position}
        aria-valuetext={`Question ${position} of ${total}`}
        className="h-2 flex-1 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-300 dark:bg-brand-400" style={{ width: `${percent}%` }} />
      </div>
      <p className="shrink-0 text-sm font-medium tabular-nums text-stone-600 dark:text-stone-300">
        {position} of {total}
      </p>
    </div>
  );
}
