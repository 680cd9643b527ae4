"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FormMessage, SubmitButton, type FormState } from "@/components/form";
import { joinClassAction } from "../actions";

export function JoinForm({ code, className }: { code: string; className: string }) {
  const [state, action] = useActionState<FormState, FormData>(joinClassAction, {});
  if (state.ok) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <Link href="/dashboard" className="btn-primary w-full">
          Go to your dashboard
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="code" value={code} />
      <SubmitButton pendingLabel="Joining…">Join {className}</SubmitButton>
    </form>
  );
}
