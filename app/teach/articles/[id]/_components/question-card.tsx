"use client";

import { startTransition, useActionState, useId, useState } from "react";
import { FieldError, FormMessage, type FormState } from "@/components/form";
import { QUESTION_TYPE_LABELS } from "@/lib/validation/teacher-article";
import type { CurationQuestion } from "@/server/data/teacher-articles";
import { updateQuestionAction } from "../actions";
import { CommandButton } from "./command-button";
import { AnswerField, ChoiceFields, ExplanationField, LETTERS, PromptField, TrueFalseFields } from "./question-fields";

export function QuestionCard({ q, number, first, last }: { q: CurationQuestion; number: number | null; first?: boolean; last?: boolean }) {
  const [editing, setEditing] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const long = q.evidence.text.length > 320 || q.explanation.length > 320;
  const [state, action, pending] = useActionState<FormState, FormData>(updateQuestionAction, {});
  // A saved edit closes the form (state is adjusted while rendering, when a new result arrives).
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) setEditing(false);
  }
  const savedAt = state.ok ? state : null;
  const name = number !== null ? `question ${number}` : `“${q.prompt.slice(0, 40)}”`;
  const headingId = useId();

  return (
    <article aria-labelledby={headingId} className={`card p-4 sm:p-5 ${q.removed ? "opacity-70" : ""}`}>
      <header className="flex flex-wrap items-center gap-2 text-xs">
        {number !== null && <span className="rounded-md bg-stone-900 px-2 py-0.5 font-semibold text-white dark:bg-white dark:text-stone-900">Q{number}</span>}
        <span className="tag">{QUESTION_TYPE_LABELS[q.type] ?? q.type}</span>
        {q.manual ? (
          <span className="tag bg-brand-100 text-brand-800 dark:bg-brand-950 dark:text-brand-200">Written by you</span>
        ) : q.editedByHuman ? (
          <span className="tag bg-brand-100 text-brand-800 dark:bg-brand-950 dark:text-brand-200">Edited</span>
        ) : null}
        {q.errors.length > 0 && <span className="tag bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300">Needs a fix</span>}
      </header>

      {!editing ? (
        <>
          <h3 id={headingId} className="mt-3 font-medium leading-snug text-stone-950 dark:text-white">
            {q.prompt}
          </h3>
          <Answer q={q} />
          <blockquote
            className={`mt-3 border-l-2 border-amber-400 pl-3 font-serif text-sm leading-relaxed text-stone-600 dark:text-stone-300 ${long && !expanded ? "line-clamp-3" : ""}`}
          >
            <span className="sr-only">Evidence: </span>
            {q.evidence.text}
          </blockquote>
          {q.explanation && (
            <p className={`mt-2 text-sm text-stone-500 dark:text-stone-400 ${long && !expanded ? "line-clamp-2" : ""}`}>{q.explanation}</p>
          )}
          {long && (
            <button
              type="button"
              onClick={() => setExpanded((v) => !v)}
              aria-expanded={expanded}
              className="mt-1 text-sm font-medium text-brand-700 hover:underline dark:text-brand-300"
            >
              {expanded ? "Show less" : "Show all of the evidence"}
            </button>
          )}
          {(q.errors.length > 0 || q.warnings.length > 0) && (
            <ul className="mt-3 space-y-1 text-sm">
              {q.errors.map((e) => (
                <li key={e} className="text-red-700 dark:text-red-400">
                  ✕ {e}
                </li>
              ))}
              {q.warnings.map((w) => (
                <li key={w} className="text-amber-800 dark:text-amber-300">
                  ! {w}
                </li>
              ))}
            </ul>
          )}
          {savedAt?.ok && savedAt.message && (
            <p role="status" className="mt-3 text-sm font-medium text-emerald-700 dark:text-emerald-400">
              {savedAt.message}
            </p>
          )}
          <div className="no-print mt-4 flex flex-wrap items-center gap-2">
            {!q.removed && (
              <button type="button" className="btn-secondary px-3 py-1.5" onClick={() => setEditing(true)} aria-label={`Edit ${name}`}>
                Edit
              </button>
            )}
            {number !== null && !q.pool && !q.removed && (
              <>
                <CommandButton questionId={q.id} command="up" label={`Move ${name} up`} disabled={first}>
                  ↑<span className="sr-only sm:not-sr-only">Up</span>
                </CommandButton>
                <CommandButton questionId={q.id} command="down" label={`Move ${name} down`} disabled={last}>
                  ↓<span className="sr-only sm:not-sr-only">Down</span>
                </CommandButton>
                <CommandButton questionId={q.id} command="to-pool" label={`Move ${name} to the review pool`}>
                  To pool
                </CommandButton>
              </>
            )}
            {q.pool && !q.removed && (
              <CommandButton questionId={q.id} command="to-quiz" label={`Add ${name} to the quiz`} className="btn-primary px-3 py-1.5">
                Add to quiz
              </CommandButton>
            )}
            {q.removed ? (
              <CommandButton questionId={q.id} command="restore" label={`Restore ${name}`}>
                Restore
              </CommandButton>
            ) : (
              <CommandButton
                questionId={q.id}
                command="remove"
                label={`Delete ${name}`}
                className="btn px-3 py-1.5 text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950/40"
              >
                Delete
              </CommandButton>
            )}
          </div>
        </>
      ) : (
        <EditForm q={q} name={name} state={state} action={action} pending={pending} onCancel={() => setEditing(false)} />
      )}
    </article>
  );
}

function Answer({ q }: { q: CurationQuestion }) {
  if (q.type === "matching") {
    const answers = Array.isArray(q.answer) ? q.answer : [];
    return (
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {q.items.map((item, i) => (
          <div key={item} className="contents">
            <dt className="font-medium text-stone-800 dark:text-stone-200">{item}</dt>
            <dd className="text-stone-600 dark:text-stone-300">→ {answers[i]}</dd>
          </div>
        ))}
      </dl>
    );
  }
  if (q.choices.length > 0) {
    return (
      <ul className="mt-3 space-y-1.5 text-sm">
        {q.choices.map((c, i) => {
          const correct = c === q.answer;
          return (
            <li
              key={c}
              className={`flex gap-2 rounded-md px-2.5 py-1.5 ${correct ? "bg-emerald-50 font-medium text-emerald-900 ring-1 ring-emerald-200 dark:bg-emerald-950/50 dark:text-emerald-200 dark:ring-emerald-900" : "text-stone-700 dark:text-stone-300"}`}
            >
              <span aria-hidden="true" className="w-4 shrink-0 font-semibold">
                {LETTERS[i]}
              </span>
              <span className="min-w-0 flex-1">{c}</span>
              {correct && <span className="shrink-0 text-xs font-semibold uppercase tracking-wide">✓ Correct</span>}
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <p className="mt-3 text-sm">
      <span className="text-stone-500 dark:text-stone-400">Answer: </span>
      <span className="font-medium text-emerald-800 dark:text-emerald-300">{String(q.answer)}</span>
      {q.accept.length > 0 && <span className="text-stone-500 dark:text-stone-400"> · also accepted: {q.accept.join(", ")}</span>}
    </p>
  );
}

function EditForm({ q, name, state, action, pending, onCancel }: {
  q: CurationQuestion;
  name: string;
  state: FormState;
  action: (data: FormData) => void;
  pending: boolean;
  onCancel: () => void;
}) {
  const id = useId();
  const kind = q.type === "true_false" ? "true_false" : q.type === "matching" ? "matching" : q.type === "fill_blank" || q.type === "short_answer" ? "typed" : "choice";
  const rows = kind === "choice" ? [...q.choices, ...Array(Math.max(0, Math.min(6, q.choices.length + 1) - q.choices.length)).fill("")] : [];
  // a matching question's pairs, and one empty row to add a pair (up to six)
  const matches = Array.isArray(q.answer) ? q.answer : [];
  const pairs = kind === "matching" ? [...q.items.map((item, i) => ({ item, match: matches[i] ?? "" })), ...(q.items.length < 6 ? [{ item: "", match: "" }] : [])] : [];
  const correctIndex = q.choices.indexOf(String(q.answer));
  const errors = state.fieldErrors ?? {};
  return (
    <form
      // Submitted by hand so a refused edit keeps what the teacher typed (a form action would reset the fields).
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      className="mt-3 space-y-4"
      aria-label={`Edit ${name}`}
    >
      <FormMessage state={state.ok ? {} : state} />
      <input type="hidden" name="questionId" value={q.id} />
      <input type="hidden" name="kind" value={kind} />
      <PromptField id={id} label="Question" defaultValue={q.prompt} error={errors.prompt} />

      {kind === "choice" && (
        <ChoiceFields
          id={id}
          options={rows.map((c) => ({ value: c, placeholder: c ? undefined : "Another option (optional)" }))}
          correctIndex={correctIndex}
          name={(letter) => `Option ${letter}`}
          error={errors.choices ?? errors.correct}
        />
      )}

      {kind === "matching" && (
        <fieldset>
          <legend className="text-sm font-medium">Pairs (each item and the phrase it matches)</legend>
          <p className="mt-0.5 text-xs text-stone-500 dark:text-stone-400">Clear both sides of a pair to remove it. Students see the phrases in a shuffled list.</p>
          <div className="mt-1.5 space-y-2">
            {pairs.map((p, i) => (
              <div
                key={i}
                className="grid gap-1.5 rounded-lg border border-stone-200 p-2 sm:grid-cols-[minmax(0,2fr)_auto_minmax(0,3fr)] sm:items-center sm:gap-2 sm:rounded-none sm:border-0 sm:p-0 dark:border-stone-700"
              >
                <label htmlFor={`${id}-item-${i}`} className="sr-only">
                  Item {i + 1}
                </label>
                <input id={`${id}-item-${i}`} name="item" defaultValue={p.item} placeholder={p.item ? undefined : "Another item (optional)"} maxLength={200} className="input py-1.5" />
                <span aria-hidden="true" className="hidden text-stone-400 sm:block">
                  →
                </span>
                <label htmlFor={`${id}-match-${i}`} className="sr-only">
                  Match for item {i + 1}
                </label>
                <input id={`${id}-match-${i}`} name="match" defaultValue={p.match} placeholder={p.match ? undefined : "Its match"} maxLength={200} className="input py-1.5" />
              </div>
            ))}
          </div>
          <FieldError error={errors.pairs} />
        </fieldset>
      )}

      {kind === "true_false" && (
        <TrueFalseFields name="answer" options={["True", "False"].map((v) => ({ label: v, value: v, checked: q.answer === v }))} error={errors.answer} />
      )}

      {kind === "typed" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <AnswerField id={id} label="Correct answer" defaultValue={String(q.answer)} error={errors.answer} />
          <div>
            <label htmlFor={`${id}-accept`} className="block text-sm font-medium">
              Also accept <span className="font-normal text-stone-500">(comma separated)</span>
            </label>
            <input id={`${id}-accept`} name="accept" defaultValue={q.accept.join(", ")} maxLength={1000} className="input mt-1.5" />
          </div>
        </div>
      )}

      <ExplanationField id={id} note="(shown after answering)" defaultValue={q.explanation} error={errors.explanation} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Saving…" : "Save question"}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
