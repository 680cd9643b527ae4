"use client";
import { useActionState } from "react";
import { startReviewAction, type StartReviewState } from "../actions";

export function StartReviewButton({ setId, label, primary }: { setId: string; label: string; primary: boolean }) {
  const [state, action, pending] = useActionState<StartReviewState, FormData>(startReviewAction, {});
  return (
    <form action={action} className="shrink-0">
      <input type="hidden" name="setId" value={setId} />
      <button type="submit" className={`${primary ? "btn-primary" : "btn-secondary"} w-full sm:w-auto`} disabled={pending}>
        {pending ? "Starting…" : label}
      </button>
      {state.message && (
        <p role="alert" className="mt-2 max-w-xs text-sm text-rose-700 dark:text-rose-300">
          {state.message}
        </p>
      )}
    </form>
  );
}
