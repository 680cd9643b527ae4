"use client";
import { useActionState } from "react";
import { followUpAction, type FollowUpState } from "../../actions";

/**
 * "Review missed" (when something was missed) and "Retake": each starts a new attempt. After an assignment
 * both are practice of the student's own, which the teacher's gradebook does not count: the buttons say so.
 */
export function FollowUpButtons({ attemptId, missed, assigned }: { attemptId: string; missed: number; assigned: boolean }) {
  const [state, action, pending] = useActionState<FollowUpState, FormData>(followUpAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="attemptId" value={attemptId} />
      <div className="flex flex-col gap-3 sm:flex-row">
        {missed > 0 && (
          <button type="submit" name="intent" value="missed" className="btn-primary" disabled={pending}>
            Review missed ({missed})
          </button>
        )}
        <button type="submit" name="intent" value="retake" className={missed > 0 ? "btn-secondary" : "btn-primary"} disabled={pending}>
          {assigned ? "Practise again" : "Retake"}
        </button>
      </div>
      {assigned && (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-300">
          This quiz was an assignment. Practising it again here does not change what your teacher sees; the assignment itself is on your dashboard.
        </p>
      )}
      {state.message && (
        <p role="alert" className="mt-3 text-sm text-rose-700 dark:text-rose-300">
          {state.message}
        </p>
      )}
    </form>
  );
}
