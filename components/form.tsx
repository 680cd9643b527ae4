"use client";

import { useFormStatus } from "react-dom";
import { useEffect, useId, useRef } from "react";

/** What a server action returns for `useActionState`: field errors, a message, and the values to show again. */
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

type FieldProps = {
  label: string;
  name: string;
  type?: string;
  error?: string[];
  hint?: React.ReactNode;
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  autoFocus?: boolean;
};

export function Field({ label, name, type = "text", error, hint, defaultValue, autoComplete, required, minLength, maxLength, autoFocus }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : null, error?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        minLength={minLength}
        maxLength={maxLength}
        autoFocus={autoFocus}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={described}
        className={`input mt-1.5 ${error?.length ? "border-red-500 focus:border-red-500 focus:ring-red-500/30 dark:border-red-500" : ""}`}
      />
      {hint && !error?.length ? (
        <p id={hintId} className="mt-1.5 text-sm text-stone-500 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id?: string; error?: string[] }) {
  if (!error?.length) return null;
  return (
    <p id={id} className="mt-1.5 text-sm font-medium text-red-700 dark:text-red-400">
      {error[0]}
    </p>
  );
}

/**
 * A message about the whole form; announced to screen readers, and scrolled into view when it arrives (on a phone
 * the form's top is often off screen when its submit button is pressed).
 */
export function FormMessage({ state }: { state: FormState }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "nearest" });
  }, [state]);
  if (!state.message) return null;
  const good = state.ok;
  return (
    <p
      ref={ref}
      role={good ? "status" : "alert"}
      className={`scroll-mt-24 rounded-lg border px-3 py-2.5 text-sm font-medium ${
        good
          ? "border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-200"
          : "border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
      }`}
    >
      {state.message}
    </p>
  );
}

export function SubmitButton({ children, pendingLabel, className = "btn-primary w-full" }: { children: React.ReactNode; pendingLabel: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
