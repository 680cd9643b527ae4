"use client";

interface Props {
  options: string[];
  value: string | null;
  onChange: (value: string) => void;
  /** After practice feedback: the inputs lock and show which option was right. */
  revealed?: { correct: string } | null;
  /** Two big side-by-side buttons for true/false. */
  compact?: boolean;
}

export const LETTERS = ["A", "B", "C", "D", "E", "F"];

/** Options as a radio group: click, arrow keys, or 1–4 / A–D (handled by the runner). */
export function ChoiceInput({ options, value, onChange, revealed, compact }: Props) {
  return (
    <div className={compact ? "grid grid-cols-2 gap-3" : "grid gap-3"}>
      {options.map((option, i) => {
        const checked = value === option;
        const isRight = revealed && option === revealed.correct;
        const isWrongPick = revealed && checked && !isRight;
        const tone = isRight
          ? "border-emerald-500 bg-emerald-50 dark:border-emerald-600 dark:bg-emerald-950/40"
          : isWrongPick
            ? "border-rose-400 bg-rose-50 dark:border-rose-700 dark:bg-rose-950/40"
            : checked
              ? "border-brand-500 bg-brand-50 ring-1 ring-brand-500 dark:bg-brand-950/40"
              : "border-stone-200 bg-white hover:border-brand-300 hover:bg-brand-50/50 dark:border-stone-700 dark:bg-stone-900 dark:hover:border-brand-700";
        return (
          <label
            key={option}
            className={`flex min-h-12 items-center gap-3 rounded-xl border px-4 py-3 text-left transition-colors has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-500 ${
              revealed ? "cursor-default" : "cursor-pointer"
            } ${compact ? "justify-center text-center" : ""} ${tone}`}
          >
            <input
              type="radio"
              name="answer"
              value={option}
              checked={checked}
              disabled={!!revealed}
              onChange={() => onChange(option)}
              className="sr-only"
            />
            {!compact && (
              <span
                aria-hidden="true"
                className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-md text-xs font-bold ${
                  checked ? "bg-brand-600 text-white dark:bg-brand-400 dark:text-stone-950" : "bg-stone-100 text-stone-600 dark:bg-stone-800 dark:text-stone-300"
                }`}
              >
                {LETTERS[i] ?? i + 1}
              </span>
            )}
            <span className={`min-w-0 text-base leading-snug text-stone-900 dark:text-stone-100 ${compact ? "font-semibold" : ""}`}>
              {option}
              {isRight && <span className="mt-0.5 block text-sm font-semibold text-emerald-700 dark:text-emerald-300">Correct answer</span>}
              {isWrongPick && <span className="mt-0.5 block text-sm font-semibold text-rose-700 dark:text-rose-300">Your answer</span>}
            </span>
          </label>
        );
      })}
    </div>
  );
}
