"use client";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { RunnerView } from "@/server/data/attempt-view";
import { answerAction, type RunnerState } from "../actions";
import { ChoiceInput } from "./choice-input";
import { FeedbackPanel } from "./feedback-panel";
import { MatchingInput } from "./matching-input";
import { TypedInput } from "./typed-input";
import { UnansweredDialog } from "./unanswered-dialog";

const TYPE_LABEL: Record<string, string> = {
  multiple_choice: "Multiple choice",
  true_false: "True or false",
  fill_blank: "Fill in the blank",
  short_answer: "Short answer",
  matching: "Matching",
  not_said: "What the article does not say",
  main_idea: "Main idea",
};

const isChoiceType = (type: string) => type === "multiple_choice" || type === "true_false" || type === "not_said" || type === "main_idea";

/** One question on screen: the input for its type, practice feedback, and the buttons to move on. Keyed by question. */
export function QuizRunner({ view }: { view: RunnerView }) {
  const { question, feedback, mode } = view;
  const [state, action, pending] = useActionState<RunnerState, FormData>(answerAction, {});
  const saved = view.saved;
  const [choice, setChoice] = useState<string | null>(typeof saved === "string" ? saved : null);
  const [text, setText] = useState(typeof saved === "string" ? saved : "");
  const [matches, setMatches] = useState<string[]>(Array.isArray(saved) ? saved : question.items.map(() => ""));
  const formRef = useRef<HTMLFormElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const locked = !!feedback;
  const isLast = view.index === view.total - 1;
  const choiceType = isChoiceType(question.type);
  const answeredOnScreen = choiceType ? choice !== null : question.type === "matching" ? matches.some((m) => m.trim() !== "") : text.trim() !== "";
  // Test mode: what would be blank if submitted now (the answer on screen is stored with the submission).
  const unanswered = mode === "test" ? view.unanswered.filter((i) => i !== view.index || !answeredOnScreen) : [];

  // Test mode: submitting (the button or Enter) with questions left blank asks first.
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    if (mode !== "test" || !(submitter instanceof HTMLButtonElement) || submitter.value !== "submit") return;
    if (submitter.dataset.confirmed === "yes" || unanswered.length === 0) return;
    e.preventDefault();
    if (!dialogRef.current?.open) dialogRef.current?.showModal();
  }

  function stayHere() {
    dialogRef.current?.close();
    headingRef.current?.focus();
  }

  // An answer from the server (a message, or a move that kept this question) closes the dialog.
  useEffect(() => {
    if (dialogRef.current?.open) dialogRef.current.close();
  }, [state]);

  // A new question takes focus so screen readers read it; feedback moves focus to "Continue".
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (feedback) primaryRef.current?.focus();
  }, [feedback]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.metaKey || e.ctrlKey || e.altKey || e.isComposing || dialogRef.current?.open) return;
      const target = e.target as HTMLElement;
      const tag = target.tagName;
      if (e.key === "Enter") {
        if (tag === "BUTTON" || tag === "A" || tag === "SELECT" || tag === "TEXTAREA" || pending) return;
        e.preventDefault();
        if (primaryRef.current && !primaryRef.current.disabled) formRef.current?.requestSubmit(primaryRef.current);
        return;
      }
      const typing = (tag === "INPUT" && (target as HTMLInputElement).type === "text") || tag === "SELECT" || tag === "TEXTAREA";
      if (typing || locked || !choiceType) return;
      const key = e.key.toUpperCase();
      let i = "123456".indexOf(key);
      if (i < 0) i = "ABCDEF".indexOf(key);
      if (question.type === "true_false" && i < 0) i = "TF".indexOf(key);
      if (i >= 0 && i < question.options.length) {
        e.preventDefault();
        setChoice(question.options[i]);
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [pending, locked, choiceType, question.options, question.type]);

  const revealedChoice = feedback && choiceType && typeof feedback.answer === "string" ? { correct: feedback.answer } : null;
  const revealedMatches = feedback && question.type === "matching" && Array.isArray(feedback.answer) ? feedback.answer : null;

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="space-y-6">
      <input type="hidden" name="attemptId" value={view.id} />
      <input type="hidden" name="questionId" value={question.id} />
      <fieldset disabled={pending && !locked} className="min-w-0">
        <legend className="mb-5 w-full">
          <span className="block text-xs font-semibold uppercase tracking-widest text-brand-600 dark:text-brand-400">
            Question {view.index + 1} · {TYPE_LABEL[question.type] ?? "Question"}
          </span>
          <h2 ref={headingRef} tabIndex={-1} className="mt-2 font-serif text-xl leading-snug font-semibold text-stone-950 sm:text-2xl dark:text-white focus:outline-none">
            {question.prompt}
          </h2>
        </legend>
        {choiceType && <ChoiceInput options={question.options} value={choice} onChange={setChoice} revealed={revealedChoice} compact={question.type === "true_false"} />}
        {(question.type === "fill_blank" || question.type === "short_answer") && (
          <TypedInput id={`answer-${question.id}`} value={text} onChange={setText} disabled={locked} fillBlank={question.type === "fill_blank"} />
        )}
        {question.type === "matching" && <MatchingInput items={question.items} options={question.options} value={matches} onChange={setMatches} revealed={revealedMatches} />}
      </fieldset>

      {state.message && (
        <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800 dark:border-rose-900 dark:bg-rose-950/40 dark:text-rose-200">
          {state.message}
        </p>
      )}

      <div role="status" aria-live="polite" aria-atomic="false">
        {feedback && <FeedbackPanel feedback={feedback} />}
      </div>

      <div className="flex flex-col-reverse gap-3 border-t border-stone-200 pt-5 sm:flex-row sm:items-center sm:justify-between dark:border-stone-800">
        <p className="hidden text-xs text-stone-500 sm:block dark:text-stone-400">
          {choiceType && !locked ? "Press 1–4 or A–D to choose, Enter to " : "Press Enter to "}
          {mode === "practice" ? (locked ? "continue" : "check") : isLast ? "submit" : "go on"}.
        </p>
        <div className="flex flex-col-reverse gap-3 sm:flex-row">
          {mode === "test" && (
            <button type="submit" name="intent" value="back" className="btn-secondary" disabled={pending || view.index === 0}>
              Back
            </button>
          )}
          {mode === "practice" && !locked && (
            <button ref={primaryRef} type="submit" name="intent" value="check" className="btn-primary" disabled={pending}>
              {pending ? "Checking…" : "Check answer"}
            </button>
          )}
          {mode === "practice" && locked && (
            <button ref={primaryRef} type="submit" name="intent" value="continue" className="btn-primary" disabled={pending}>
              {isLast ? "See results" : "Continue"}
            </button>
          )}
          {mode === "test" && (
            <button ref={primaryRef} type="submit" name="intent" value={isLast ? "submit" : "next"} className="btn-primary" disabled={pending}>
              {isLast ? "Submit quiz" : "Next"}
            </button>
          )}
        </div>
      </div>
      {mode === "test" && isLast && <UnansweredDialog ref={dialogRef} unanswered={unanswered} total={view.total} index={view.index} pending={pending} onStay={stayHere} />}
    </form>
  );
}
