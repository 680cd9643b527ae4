"use client";
import { useActionState } from "react";

export type StartAssignmentState = { message?: string };
/** The server action that starts (or resumes) an assignment's attempt; app/assignments/actions.ts passes it in. */
export type StartAssignment = (prev: StartAssignmentState, formData: FormData) => Promise<StartAssignmentState>;

export function StartAssignmentButton({ start, assignmentId, label, title, primary }: { start: StartAssignment; assignmentId: string; label: string; title: string; primary: boolean }) {
  const [state, action, pending] = useActionState<StartAssignmentState, FormData>(start, {});
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
