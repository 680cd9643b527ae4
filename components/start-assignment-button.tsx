"use client";
import { useActionState } from "react";
import { startAssignmentAction, type StartAssignmentState } from "@/app/assignments/actions";

export function StartAssignmentButton({ assignmentId, label, title, primary }: { assignmentId: string; label: string; title: string; primary: boolean }) {
  const [state, action, pending] = useActionState<StartAssignmentState, FormData>(startAssignmentAction, {});
  return (
    <form action={action} className="flex flex-col items-stretch gap-1 sm:items-end">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" className={`${primary ? "btn-primary" : "btn-secondary"} px-3 py-2`} disabled={pending} aria-label={`${label}: ${title}`}>
        {pending ? "Opening…" : label}
      </button>
      {state.message ? (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
