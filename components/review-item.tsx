import type { ResultsView } from "@/server/data/attempt-view";
import { EvidenceBlock } from "./evidence-block";
import { explanationWithoutQuote } from "@/lib/format/explanation";

type Item = ResultsView["items"][number];

const Lines = ({ lines }: { lines: string[] }) => (
  <>
    {lines.map((line) => (
      <span key={line} className="block">
        {line}
      </span>
    ))}
  </>
);

/** One question in the review: the student's answer, the correct one, the explanation and the evidence. */
export function ReviewItem({ item, number }: { item: Item; number: number }) {
  const explanation = explanationWithoutQuote(item.explanation, item.evidenceText);
  const status = item.correct ? "Correct" : item.answered ? "Incorrect" : "Not answered";
  return (
    <li className="card p-5 sm:p-6">
      <div className="flex items-start justify-between gap-3">
        <h3 className="font-serif text-lg leading-snug font-semibold text-stone-950 dark:text-white">
          <span className="mr-1 text-stone-500 tabular-nums dark:text-stone-400">{number}.</span> {item.prompt}
        </h3>
        <span
          className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${
            item.correct
              ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
              : "bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200"
          }`}
        >
          {status}
        </span>
      </div>
      <dl className="mt-4 grid gap-3 text-[0.9375rem] sm:grid-cols-2">
        <div className={`rounded-lg px-3 py-2 ${item.correct ? "bg-emerald-50 dark:bg-emerald-950/30" : "bg-rose-50 dark:bg-rose-950/30"}`}>
          <dt className="text-xs font-medium uppercase tracking-wide text-stone-600 dark:text-stone-300">Your answer</dt>
          <dd className="mt-0.5 text-stone-900 dark:text-stone-100">{item.answered ? <Lines lines={item.given} /> : "—"}</dd>
        </div>
        <div className="rounded-lg bg-stone-50 px-3 py-2 dark:bg-stone-800/50">
          <dt className="text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">Correct answer</dt>
          <dd className="mt-0.5 font-semibold text-stone-900 dark:text-stone-100">
            <Lines lines={item.correctAnswer} />
          </dd>
        </div>
      </dl>
      {explanation && <p className="mt-4 leading-relaxed text-stone-700 dark:text-stone-300">{explanation}</p>}
      <EvidenceBlock text={item.evidenceText} href={item.evidenceHref} />
    </li>
  );
}
