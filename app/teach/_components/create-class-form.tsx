"use client";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton, type FormState } from "@/components/form";
import { createClassAction } from "../actions";

export function CreateClassForm() {
  const [state, action] = useActionState<FormState, FormData>(createClassAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field label="Class name" name="name" required maxLength={80} defaultValue={state.values?.name} error={state.fieldErrors?.name} hint="For example “Year 9 English” or “Reading club”." />
      <SubmitButton pendingLabel="Creating…" className="btn-primary w-full sm:w-auto">
        Create class
      </SubmitButton>
    </form>
  );
}
