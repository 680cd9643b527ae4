"use client";

import { useActionState } from "react";
import type { FormState } from "@/components/form";
import { questionCommandAction } from "../actions";

type Command = "remove" | "restore" | "to-quiz" | "to-pool" | "up" | "down";

/** One button that runs a small command on a question; a refusal shows next to it. */
export function CommandButton({ questionId, command, label, children, className = "btn-secondary px-3 py-1.5", disabled }: {
  questionId: string;
  command: Command;
  label: string;
  children: React.ReactNode;
  className?: string;
  disabled?: boolean;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(questionCommandAction, {});
  return (
    <form action={action} className="contents">
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="command" value={command} />
      <button type="submit" aria-label={label} title={label} className={className} disabled={pending || disabled}>
        {children}
      </button>
      {state.message && !state.ok && (
        <span role="alert" className="basis-full text-sm font-medium text-red-700 dark:text-red-400">
          {state.message}
        </span>
      )}
    </form>
  );
}
