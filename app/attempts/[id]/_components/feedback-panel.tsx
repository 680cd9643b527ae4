import type { Reveal } from "@/server/data/attempt-view";
import { EvidenceBlock } from "@/components/evidence-block";
import { explanationWithoutQuote } from "@/lib/format/explanation";

/** Practice feedback for one question: right or wrong, the correct answer, the explanation, the evidence. */
export function FeedbackPanel({ feedback }: { feedback: Reveal }) {
  const { correct } = feedback;
  const explanation = explanationWithoutQuote(feedback.explanation, feedback.evidenceText);
  return (
    <div
      className={`rounded-xl border p-5 ${
        correct ? "border-emerald-200 bg-emerald-50/60 dark:border-emerald-900 dark:bg-emerald-950/30" : "border-rose-200 bg-rose-50/60 dark:border-rose-900 dark:bg-rose-950/30"
      }`}
    >
      <p className={`flex items-center gap-2 text-lg font-semibold ${correct ? "text-emerald-800 dark:text-emerald-200" : "text-rose-800 dark:text-rose-200"}`}>
        <span aria-hidden="true" className={`flex h-7 w-7 items-center justify-center rounded-full text-sm text-white ${correct ? "bg-emerald-600" : "bg-rose-600"}`}>
          {correct ? "✓" : "✕"}
        </span>
        {correct ? "Correct" : "Not quite"}
      </p>
      <dl className="mt-3 space-y-2 text-[0.9375rem]">
        {!correct && (
          <div>
            <dt className="font-medium text-stone-500 dark:text-stone-400">Your answer</dt>
            <dd className="text-stone-900 dark:text-stone-100">{feedback.given.length ? feedback.given.map((line) => <span key={line} className="block">{line}</span>) : "—"}</dd>
          </div>
        )}
        <div>
          <dt className="font-medium text-stone-500 dark:text-stone-400">Correct answer</dt>
          <dd className="font-semibold text-stone-900 dark:text-stone-100">
            {feedback.correctAnswer.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </dd>
        </div>
      </dl>
      {explanation && <p className="mt-3 leading-relaxed text-stone-700 dark:text-stone-300">{explanation}</p>}
      <EvidenceBlock text={feedback.evidenceText} href={feedback.evidenceHref} newTab />
    </div>
  );
}
