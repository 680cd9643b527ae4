"use client";
import { useActionState } from "react";
import { Field, SubmitButton, type FormState } from "@/components/form";
import { findClassAction } from "../actions";

export function FindClassForm() {
  const [state, action] = useActionState<FormState, FormData>(findClassAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field
        label="Class code"
        name="code"
        autoComplete="off"
        required
        maxLength={20}
        defaultValue={state.values?.code}
        error={state.fieldErrors?.code}
        hint="6 to 8 letters and digits, like K7QM3XP. Upper or lower case both work."
      />
      <SubmitButton pendingLabel="Looking…">Continue</SubmitButton>
    </form>
  );
}
