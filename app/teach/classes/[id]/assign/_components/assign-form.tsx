"use client";
import { useActionState, useId, useMemo, useState } from "react";
import { FieldError, FormMessage, SubmitButton, type FormState } from "@/components/form";
import { createAssignmentAction } from "../../../../actions";

export interface SetOption {
  setId: string;
  title: string;
  questions: { id: string; position: number; type: string; prompt: string }[];
}

const TYPE_LABELS: Record<string, string> = {
  multiple_choice: "Multiple choice",
  true_false: "True or false",
  fill_blank: "Fill in the blank",
  short_answer: "Short answer",
  matching: "Matching",
  not_said: "Not said",
  main_idea: "Main idea",
};

/** A datetime-local value ("2026-12-03T17:00") for a date, in the browser's time zone. */
function localInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function defaultDue(): string {
  const d = new Date();
  d.setDate(d.getDate() + 7);
  d.setHours(17, 0, 0, 0);
  return localInputValue(d);
}

const toIso = (local: string) => {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString();
};

/**
 * The assign form. After a refused submission every choice stays as the teacher left it: the action returns what
 * was sent (`values`), the fields take it as their defaults, and the form is remounted with them (React resets a
 * form to its defaults after its action runs, so defaults that equal the submission keep the choices).
 */
export function AssignForm({ classId, sets }: { classId: string; sets: SetOption[] }) {
  const [state, action] = useActionState<FormState, FormData>(createAssignmentAction, {});
  return <AssignFields key={JSON.stringify(state.values ?? {})} classId={classId} sets={sets} state={state} action={action} />;
}

function AssignFields({ classId, sets, state, action }: { classId: string; sets: SetOption[]; state: FormState; action: (formData: FormData) => void }) {
  const values = state.values ?? {};
  // What the fields start from: the last submission's choices, else the defaults.
  const [initial] = useState(() => ({ setId: values.setId ?? (sets.length === 1 ? sets[0].setId : ""), dueLocal: values.dueLocal ?? defaultDue() }));
  const [setId, setSetId] = useState(initial.setId);
  const [dueIso, setDueIso] = useState(() => toIso(initial.dueLocal));
  const [subset, setSubset] = useState(values.subset === "on");
  const chosen = useMemo(() => (values.subset === "on" ? new Set((values.questionIds ?? "").split(",").filter(Boolean)) : null), [values.subset, values.questionIds]);
  const set = useMemo(() => sets.find((s) => s.setId === setId), [sets, setId]);
  const ids = { set: useId(), due: useId(), attempts: useId() };
  const err = state.fieldErrors ?? {};
  const mode = values.mode ?? "test";

  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="classId" value={classId} />

      <div>
        <label htmlFor={ids.set} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
          Article
        </label>
        <select id={ids.set} name="setId" defaultValue={initial.setId} onChange={(e) => setSetId(e.target.value)} className="input mt-1.5" aria-invalid={err.setId ? true : undefined}>
          <option value="">Choose an article…</option>
          {sets.map((s) => (
            <option key={s.setId} value={s.setId}>
              {s.title} ({s.questions.length} questions)
            </option>
          ))}
        </select>
        <FieldError error={err.setId} />
      </div>

      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor={ids.due} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
            Due
          </label>
          <input
            id={ids.due}
            name="dueLocal"
            type="datetime-local"
            defaultValue={initial.dueLocal}
            onChange={(e) => setDueIso(toIso(e.target.value))}
            className="input mt-1.5" aria-invalid={err.dueAt ? true : undefined} />
          <input type="hidden" name="dueAt" value={dueIso} />
          <p className="mt-1.5 text-sm text-stone-500 dark:text-stone-400">Your local time. Late work is still accepted and marked late.</p>
          <FieldError error={err.dueAt} />
        </div>
        <div>
          <label htmlFor={ids.attempts} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
            Attempts allowed
          </label>
          <input id={ids.attempts} name="attemptsAllowed" type="number" min={1} max={10} defaultValue={values.attemptsAllowed ?? 1} className="input mt-1.5" aria-invalid={err.attemptsAllowed ? true : undefined} />
          <FieldError error={err.attemptsAllowed} />
        </div>
      </div>

      <fieldset>
        <legend className="text-sm font-medium text-stone-800 dark:text-stone-200">Mode</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {[
            { value: "test", title: "Test", text: "Answers and score appear after submitting." },
            { value: "practice", title: "Practice", text: "Feedback with evidence after every question." },
          ].map((m) => (
            <label
              key={m.value}
              className="card flex cursor-pointer gap-3 p-4 has-checked:border-brand-500 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-500 dark:has-checked:bg-brand-950/40"
            >
              <input type="radio" name="mode" value={m.value} defaultChecked={m.value === mode} className="mt-1 h-4 w-4 accent-brand-600" />
              <span>
                <span className="block font-semibold">{m.title}</span>
                <span className="mt-0.5 block text-sm text-stone-600 dark:text-stone-300">{m.text}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError error={err.mode} />
        <label className="mt-3 flex items-start gap-2 text-sm">
          <input type="checkbox" name="allowPractice" defaultChecked={values.allowPractice === "on"} aria-describedby="allow-practice-hint" className="mt-0.5 h-4 w-4 accent-brand-600" />
          <span>Allow practice before the test</span>
        </label>
        <p id="allow-practice-hint" className="ml-6 text-sm text-stone-600 dark:text-stone-300">
          Test mode only. Practice shows the answers, so by default students can&apos;t practise this text until they have finished the test.
        </p>
      </fieldset>

      {set ? (
        <fieldset>
          <legend className="text-sm font-medium text-stone-800 dark:text-stone-200">Questions</legend>
          <label className="mt-2 flex items-center gap-2 text-sm">
            <input type="checkbox" name="subset" defaultChecked={subset} onChange={(e) => setSubset(e.target.checked)} className="h-4 w-4 accent-brand-600" />
            Only some of the {set.questions.length} questions
          </label>
          {subset ? (
            <ul className="mt-3 max-h-96 space-y-1 overflow-y-auto rounded-lg border border-stone-200 p-2 dark:border-stone-800">
              {set.questions.map((q, i) => (
                <li key={q.id}>
                  <label className="flex gap-3 rounded-md px-2 py-2 text-sm hover:bg-stone-50 dark:hover:bg-stone-800/50">
                    <input type="checkbox" name="questionIds" value={q.id} defaultChecked={chosen ? chosen.has(q.id) : true} className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600" />
                    <span>
                      <span className="mr-1 tabular-nums text-stone-400">{i + 1}.</span>
                      {q.prompt}
                      <span className="ml-2 text-xs text-stone-500 dark:text-stone-400">{TYPE_LABELS[q.type] ?? q.type}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
          <FieldError error={err.questionIds} />
        </fieldset>
      ) : null}

      <SubmitButton pendingLabel="Assigning…" className="btn-primary w-full sm:w-auto">
        Assign to class
      </SubmitButton>
    </form>
  );
}
