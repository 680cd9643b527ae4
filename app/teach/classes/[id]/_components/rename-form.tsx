"use client";
import { useActionState } from "react";
import { FieldError, SubmitButton, type FormState } from "@/components/form";
import { renameClassAction } from "../../../actions";

export function RenameForm({ classId, name }: { classId: string; name: string }) {
  const [state, action] = useActionState<FormState, FormData>(renameClassAction, {});
  return (
    <form action={action} className="flex flex-col gap-2 sm:flex-row sm:items-start" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <div className="flex-1">
        <label htmlFor="class-name" className="sr-only">
          Class name
        </label>
        <input
          id="class-name"
          name="name"
          defaultValue={state.values?.name ?? name}
          maxLength={80}
          aria-invalid={state.fieldErrors?.name ? true : undefined}
          className="input"
        />
        <FieldError error={state.fieldErrors?.name} />
        {state.ok && state.message ? (
          <p role="status" className="mt-1.5 text-sm font-medium text-emerald-700 dark:text-emerald-400">
            {state.message}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel="Saving…" className="btn-secondary">
        Rename
      </SubmitButton>
    </form>
  );
}
