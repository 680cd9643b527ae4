"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton, type FormState } from "@/components/form";
import { RolePicker } from "@/components/role-picker";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";
import { changePasswordAction, deleteAccountAction, updateProfileAction } from "../actions";

export function ProfileForm({ name, role }: { name: string; role: string }) {
  const [state, action] = useActionState<FormState, FormData>(updateProfileAction, {});
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <Field label="Name" name="name" autoComplete="name" required maxLength={80} defaultValue={state.values?.name ?? name} error={state.fieldErrors?.name} />
      <RolePicker legend="Role" defaultValue={state.values?.role ?? role} error={state.fieldErrors?.role} />
      <SubmitButton pendingLabel="Saving…" className="btn-primary">
        Save profile
      </SubmitButton>
    </form>
  );
}

export function PasswordForm() {
  const [state, action] = useActionState<FormState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={state.fieldErrors?.currentPassword} />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.newPassword}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters, not a common password, not your email.`}
      />
      <SubmitButton pendingLabel="Changing…" className="btn-primary">
        Change password
      </SubmitButton>
    </form>
  );
}

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action] = useActionState<FormState, FormData>(deleteAccountAction, {});
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <Field
        label={`Type ${email} to confirm`}
        name="confirmEmail"
        type="email"
        autoComplete="off"
        required
        defaultValue={state.values?.confirmEmail}
        error={state.fieldErrors?.confirmEmail}
      />
      <SubmitButton pendingLabel="Deleting…" className="inline-flex items-center justify-center gap-2 rounded-lg bg-red-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm transition-colors hover:bg-red-700 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-red-500 dark:text-stone-950 dark:hover:bg-red-400">
        Delete my account
      </SubmitButton>
    </form>
  );
}
