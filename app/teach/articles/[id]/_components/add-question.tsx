"use client";

import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import { FieldError, FormMessage, type FormState } from "@/components/form";
import { splitParagraphs } from "@/lib/content/normalize";
import { MANUAL_TYPES, QUESTION_TYPE_LABELS, type ManualType } from "@/lib/validation/teacher-article";
import { addQuestionAction } from "../actions";
import { AnswerField, ChoiceFields, ExplanationField, PromptField, TrueFalseFields } from "./question-fields";

type Span = { start: number; end: number };

/** Offsets into the body of a selection endpoint: the paragraph's start plus the text before the point in it. */
function bodyOffset(container: HTMLElement, node: Node, offset: number): number | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest<HTMLElement>("[data-start]");
  if (!paragraph || !container.contains(paragraph)) return null;
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.dataset.start) + range.toString().length;
}

/** The article, where selecting text chooses a question's evidence; the choice is kept when the selection goes. */
function EvidencePicker({ body, span, onSpan }: { body: string; span: Span | null; onSpan: (span: Span) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    function onSelection() {
      const container = ref.current;
      const selection = document.getSelection();
      if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      if (!container.contains(range.commonAncestorContainer)) return;
      const start = bodyOffset(container, range.startContainer, range.startOffset);
      const end = bodyOffset(container, range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) return;
      onSpan({ start, end });
    }
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, [onSpan]);

  return (
    <div
      ref={ref}
      data-testid="evidence-picker"
      className="max-h-[32rem] overflow-y-auto rounded-lg border border-stone-200 bg-stone-50 p-4 font-serif text-[0.9375rem] leading-relaxed text-stone-800 selection:bg-amber-200 dark:border-stone-800 dark:bg-stone-950 dark:text-stone-200"
    >
      {splitParagraphs(body).map((p) => {
        const hl = span && span.start < p.end && span.end > p.start ? span : null;
        if (!hl) {
          return (
            <p key={p.index} data-start={p.start} className="mb-3 last:mb-0">
              {p.text}
            </p>
          );
        }
        const from = Math.max(hl.start, p.start) - p.start;
        const to = Math.min(hl.end, p.end) - p.start;
        return (
          <p key={p.index} data-start={p.start} className="mb-3 last:mb-0">
            {p.text.slice(0, from)}
            <mark className="evidence">{p.text.slice(from, to)}</mark>
            {p.text.slice(to)}
          </p>
        );
      })}
    </div>
  );
}

export function AddQuestion({ articleId, body }: { articleId: string; body: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addQuestionAction, {});
  const [type, setType] = useState<ManualType>("multiple_choice");
  const [span, setSpan] = useState<Span | null>(null);
  const [formKey, setFormKey] = useState(0);
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const evidence = span ? body.slice(span.start, span.end).trim() : "";

  // An added question clears the form and the evidence (adjusted while rendering, when a new result arrives).
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) {
      setSpan(null);
      setFormKey((k) => k + 1);
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div>
        <p className="mb-2 text-sm text-stone-600 dark:text-stone-300" id={`${id}-how`}>
          <span className="font-semibold text-stone-900 dark:text-white">1.</span> Select the sentence that answers your question.
        </p>
        <EvidencePicker body={body} span={span} onSpan={setSpan} />
      </div>
      <form
        key={formKey}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(() => action(data));
        }}
        className="space-y-4"
        aria-label="Add a question"
      >
        <p className="text-sm text-stone-600 dark:text-stone-300">
          <span className="font-semibold text-stone-900 dark:text-white">2.</span> Write the question.
        </p>
        <FormMessage state={state} />
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="evidenceStart" value={span?.start ?? ""} />
        <input type="hidden" name="evidenceEnd" value={span?.end ?? ""} />
        <div aria-live="polite" className="rounded-lg border border-dashed border-stone-300 p-3 text-sm dark:border-stone-700">
          <p className="font-medium text-stone-800 dark:text-stone-200">Evidence</p>
          {evidence ? (
            <p className="mt-1 font-serif text-stone-700 dark:text-stone-300" data-testid="chosen-evidence">
              “{evidence}”
            </p>
          ) : (
            <p className="mt-1 text-stone-500 dark:text-stone-400">None yet: select text in the article.</p>
          )}
          <FieldError error={errors.evidence ?? errors.evidenceStart} />
        </div>

        <div>
          <label htmlFor={`${id}-type`} className="block text-sm font-medium">
            Type
          </label>
          <select id={`${id}-type`} name="type" value={type} onChange={(e) => setType(e.target.value as ManualType)} className="input mt-1.5">
            {MANUAL_TYPES.map((t) => (
              <option key={t} value={t}>
                {QUESTION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>

        <PromptField
          id={id}
          label={type === "true_false" ? "Statement" : type === "fill_blank" ? "Sentence with a blank" : "Question"}
          hint={type === "fill_blank" ? "Write _____ where the missing words go." : undefined}
          placeholder={type === "true_false" ? "True or false: …" : type === "fill_blank" ? "The new wheel is _____ across." : "Who …? What …? How many …?"}
          error={errors.prompt}
        />

        {type === "multiple_choice" && (
          <ChoiceFields
            id={id}
            options={[0, 1, 2, 3].map((i) => ({ placeholder: i < 3 ? `Option ${"ABCD"[i]}` : "Option D (optional)" }))}
            name={(letter) => `New option ${letter}`}
            error={errors.choices ?? errors.correct}
          />
        )}
        {type === "true_false" && (
          <TrueFalseFields name="correct" options={["True", "False"].map((v, i) => ({ label: v, value: String(i) }))} error={errors.correct} />
        )}
        {(type === "short_answer" || type === "fill_blank") && (
          <AnswerField id={id} label={type === "fill_blank" ? "Missing words" : "Correct answer"} error={errors.answer} />
        )}
        <ExplanationField id={id} note="(optional; quotes the evidence when left empty)" />
        <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>
          {pending ? "Adding…" : "Add question"}
        </button>
      </form>
    </div>
  );
}
