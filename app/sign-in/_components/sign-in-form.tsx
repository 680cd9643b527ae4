"use client";

import { useActionState } from "react";
import { signIn } from "next-auth/react";
import { Field, FormMessage, SubmitButton, type FormState } from "@/components/form";
import { signInAction } from "../actions";

export function SignInForm({ callbackUrl, oauth, initialMessage }: { callbackUrl: string; oauth: { id: string; name: string }[]; initialMessage?: string }) {
  const [state, action] = useActionState<FormState, FormData>(signInAction, { message: initialMessage });
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-5" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fieldErrors?.email} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      </form>
      {oauth.length > 0 ? (
        <div>
          <div className="relative my-2 flex items-center gap-3 text-xs uppercase tracking-wider text-stone-500">
            <span className="h-px flex-1 bg-stone-200 dark:bg-stone-800" />
            or
            <span className="h-px flex-1 bg-stone-200 dark:bg-stone-800" />
          </div>
          <div className="mt-4 grid gap-3">
            {oauth.map((p) => (
              <button key={p.id} type="button" className="btn-secondary w-full" onClick={() => signIn(p.id, { callbackUrl })}>
                Continue with {p.name}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
