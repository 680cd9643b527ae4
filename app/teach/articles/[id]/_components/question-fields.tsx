import type { ReactNode } from "react";
import { FieldError } from "@/components/form";

// The fields of a question's form, shared by editing a question (question-card.tsx) and writing one by hand
// (add-question.tsx). `id` is the form's useId(); each field's element id is `${id}-<field>`.

export const LETTERS = "ABCDEFGH";

/** The question's wording (`prompt`). */
export function PromptField({ id, label, hint, defaultValue, placeholder, error }: {
  id: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  placeholder?: string;
  error?: string[];
}) {
  return (
    <div>
      <label htmlFor={`${id}-prompt`} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-prompt-hint`} className="mt-0.5 text-xs text-stone-500 dark:text-stone-400">
          {hint}
        </p>
      )}
      <textarea
        id={`${id}-prompt`}
        name="prompt"
        defaultValue={defaultValue}
        rows={2}
        maxLength={500}
        aria-describedby={hint ? `${id}-prompt-hint` : undefined}
        placeholder={placeholder}
        className="input mt-1.5"
      />
      <FieldError error={error} />
    </div>
  );
}

/** Options (`choice`) with a radio (`correct`, the option's index) to mark the right one. */
export function ChoiceFields({ id, options, correctIndex, name, error }: {
  id: string;
  options: { value?: string; placeholder?: string }[];
  correctIndex?: number;
  /** What a screen reader calls option i: "Option A", "New option A". */
  name: (letter: string) => string;
  error?: string[];
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">Options (mark the correct one)</legend>
      <div className="mt-1.5 space-y-2">
        {options.map((option, i) => (
          <div key={i} className="flex items-center gap-2">
            <input
              type="radio"
              name="correct"
              value={i}
              defaultChecked={correctIndex === undefined ? undefined : i === correctIndex}
              aria-label={`${name(LETTERS[i])} is correct`}
              className="h-4 w-4 shrink-0 accent-emerald-600"
            />
            <label htmlFor={`${id}-choice-${i}`} className="sr-only">
              {name(LETTERS[i])}
            </label>
            <input id={`${id}-choice-${i}`} name="choice" defaultValue={option.value} placeholder={option.placeholder} maxLength={200} className="input py-1.5" />
          </div>
        ))}
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}

/** "The statement is True / False": radios named `name`, with the value each option sends. */
export function TrueFalseFields({ name, options, error }: {
  name: string;
  options: { label: string; value: string; checked?: boolean }[];
  error?: string[];
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">The statement is</legend>
      <div className="mt-1.5 flex gap-4">
        {options.map((option) => (
          <label key={option.label} className="flex items-center gap-2 text-sm">
            <input type="radio" name={name} value={option.value} defaultChecked={option.checked} className="h-4 w-4 accent-emerald-600" />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}

/** A typed question's correct answer (`answer`). */
export function AnswerField({ id, label, defaultValue, error }: { id: string; label: string; defaultValue?: string; error?: string[] }) {
  return (
    <div>
      <label htmlFor={`${id}-answer`} className="block text-sm font-medium">
        {label}
      </label>
      <input id={`${id}-answer`} name="answer" defaultValue={defaultValue} maxLength={200} className="input mt-1.5" />
      <FieldError error={error} />
    </div>
  );
}

/** The explanation shown after answering (`explanation`). */
export function ExplanationField({ id, note, defaultValue, error }: { id: string; note: ReactNode; defaultValue?: string; error?: string[] }) {
  return (
    <div>
      <label htmlFor={`${id}-explanation`} className="block text-sm font-medium">
        Explanation <span className="font-normal text-stone-500">{note}</span>
      </label>
      <textarea id={`${id}-explanation`} name="explanation" defaultValue={defaultValue} rows={2} maxLength={1000} className="input mt-1.5" />
      <FieldError error={error} />
    </div>
  );
}
