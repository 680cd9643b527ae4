"use client";
import { useActionState } from "react";
import { startQuiz, type StartState } from "../actions";

const MODES = [
  { value: "practice", title: "Practice", text: "See if you were right after every question, with the sentence the answer comes from." },
  { value: "test", title: "Test", text: "Answer everything first, move back and forth freely, and see your score at the end." },
] as const;

export function StartForm({ slug, hasOpenAttempt }: { slug: string; hasOpenAttempt: boolean }) {
  const [state, action, pending] = useActionState<StartState, FormData>(startQuiz, {});
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="slug" value={slug} />
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-stone-900 dark:text-white">
          {hasOpenAttempt ? "Or start a new quiz" : "Choose a mode"}
        </legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {MODES.map((mode, i) => (
            <label
              key={mode.value}
              className="card flex cursor-pointer gap-3 p-4 transition-colors has-checked:border-brand-500 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-500 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-500 dark:has-checked:bg-brand-950/40"
            >
              <input type="radio" name="mode" value={mode.value} defaultChecked={i === 0} className="mt-1 h-4 w-4 accent-brand-600 focus-visible:outline-none" />
              <span>
                <span className="block font-semibold text-stone-900 dark:text-white">{mode.title}</span>
                <span className="mt-1 block text-sm leading-relaxed text-stone-600 dark:text-stone-300">{mode.text}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {state.message && (
        <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800 dark:border-rose-900 dark:bg-rose-950/40 dark:text-rose-200">
          {state.message}
        </p>
      )}
      <button type="submit" className={hasOpenAttempt ? "btn-secondary w-full sm:w-auto" : "btn-primary w-full sm:w-auto"} disabled={pending}>
        {pending ? "Starting…" : "Start quiz"}
      </button>
    </form>
  );
}
