"use client";

interface Props {
  items: string[];
  options: string[];
  value: string[];
  onChange: (value: string[]) => void;
  /** After practice feedback: the correct match of each item. */
  revealed?: string[] | null;
}

/** Pair each item (left column) with one option (right column) through a labelled select. */
export function MatchingInput({ items, options, value, onChange, revealed }: Props) {
  return (
    <ul className="grid gap-3">
      {items.map((item, i) => {
        const id = `match-${i}`;
        const chosen = value[i] ?? "";
        const right = revealed ? revealed[i] : null;
        const ok = right != null && chosen === right;
        return (
          <li
            key={item}
            className={`rounded-xl border p-3 sm:flex sm:items-center sm:gap-4 ${
              right == null
                ? "border-stone-200 bg-white dark:border-stone-700 dark:bg-stone-900"
                : ok
                  ? "border-emerald-500 bg-emerald-50 dark:border-emerald-600 dark:bg-emerald-950/40"
                  : "border-rose-400 bg-rose-50 dark:border-rose-700 dark:bg-rose-950/40"
            }`}
          >
            <label htmlFor={id} className="mb-2 block font-medium text-stone-900 sm:mb-0 sm:w-2/5 dark:text-stone-100">
              {item}
            </label>
            <select
              id={id}
              name={id}
              className="input sm:flex-1"
              value={chosen}
              disabled={right != null}
              onChange={(e) => onChange(items.map((_, k) => (k === i ? e.target.value : (value[k] ?? ""))))}
            >
              <option value="">Choose a match…</option>
              {options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ul>
  );
}
