"use client";
import type { RefObject } from "react";

interface Props {
  ref: RefObject<HTMLDialogElement | null>;
  /** 0-based positions still without an answer, counting what is on screen now. */
  unanswered: number[];
  total: number;
  /** The position on screen: going "to" it only closes the dialog. */
  index: number;
  pending: boolean;
  onStay: () => void;
}

const MAX_LISTED = 8;

function numbers(positions: number[]): string {
  const shown = positions.map((i) => String(i + 1));
  return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/**
 * Test mode, before a submission with questions left blank: says how many, and offers the first of them or
 * submitting anyway. Its buttons belong to the runner's form, so "Go to" stores the answer on screen first.
 */
export function UnansweredDialog({ ref, unanswered, total, index, pending, onStay }: Props) {
  const count = unanswered.length;
  const first = unanswered[0] ?? 0;
  const answered = total - count;
  return (
    <dialog
      ref={ref}
      aria-labelledby="unanswered-title"
      aria-describedby="unanswered-body"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border border-stone-200 bg-white p-6 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id="unanswered-title" className="font-serif text-xl font-semibold">
        {count === 1 ? "1 question is unanswered" : `${count} questions are unanswered`}
      </h2>
      <div id="unanswered-body" className="mt-3 space-y-2 text-sm leading-relaxed text-stone-700 dark:text-stone-300">
        <p>
          You have answered {answered} of {total}.{" "}
          {count <= MAX_LISTED ? `${count === 1 ? "Question" : "Questions"} ${numbers(unanswered)} ${count === 1 ? "has" : "have"} no answer.` : ""}
        </p>
        <p>An unanswered question counts as wrong, and once you submit you cannot change your answers.</p>
      </div>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row-reverse">
        {first === index ? (
          <button type="button" className="btn-primary" onClick={onStay} autoFocus>
            Answer question {first + 1}
          </button>
        ) : (
          <button type="submit" name="intent" value="unanswered" className="btn-primary" disabled={pending} autoFocus>
            Go to question {first + 1}
          </button>
        )}
        <button type="submit" name="intent" value="submit" data-confirmed="yes" className="btn-secondary" disabled={pending}>
          {pending ? "Submitting…" : "Submit anyway"}
        </button>
      </div>
    </dialog>
  );
}
