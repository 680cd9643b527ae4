import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/server/auth";
import { MIN_STUDENTS_FOR_FLAGS } from "@/lib/analytics/items";
import { getItemAnalysis, type ItemAnalysisQuestion } from "@/server/data/gradebook";
import { plural } from "../../../_components/format";
import { LocalTime } from "@/components/local-time";
import { BackLink } from "@/components/back-link";
import { isId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Item analysis" };

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
const signed = (v: number | null) => (v === null ? "—" : `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(v).toFixed(2)}`);

function Answers({ q }: { q: ItemAnalysisQuestion }) {
  const max = Math.max(1, q.students);
  return (
    <ul className="space-y-1.5">
      {q.answers.map((a) => (
        <li key={a.answer} className="min-w-[14rem]">
          <div className="flex items-baseline justify-between gap-3">
            <span className={`${a.correct ? "font-semibold text-emerald-800 dark:text-emerald-300" : a.mostChosenWrong ? "font-semibold text-rose-800 dark:text-rose-300" : "text-stone-700 dark:text-stone-300"}`}>
              {a.answer}
              {a.correct ? <span className="sr-only"> (correct)</span> : null}
              {a.mostChosenWrong ? (
                <span className="ml-2 inline-flex rounded-full bg-rose-100 px-2 py-0.5 text-[0.6875rem] font-semibold text-rose-900 dark:bg-rose-950 dark:text-rose-200">
                  Most chosen wrong
                </span>
              ) : null}
            </span>
            <span className="shrink-0 tabular-nums text-stone-600 dark:text-stone-300">{a.count}</span>
          </div>
          <div className="mt-0.5 h-1.5 rounded-full bg-stone-100 dark:bg-stone-800" aria-hidden="true">
            <div
              className={`h-1.5 rounded-full ${a.correct ? "bg-emerald-500" : a.mostChosenWrong ? "bg-rose-500" : "bg-stone-400"}`}
              style={{ width: `${(a.count / max) * 100}%` }}
            />
          </div>
        </li>
      ))}
      <li className="text-xs text-stone-600 dark:text-stone-300">
        n = {q.students}
        {q.unanswered > 0 ? ` · ${q.unanswered} not answered` : ""}
      </li>
    </ul>
  );
}

export default async function ItemAnalysisPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/assignments/${id}/items`);
  if (!isId(id)) notFound();
  const data = await getItemAnalysis(teacher.id, id);
  if (!data) notFound();
  const { assignment, questions } = data;
  const flagged = questions.filter((q) => q.flagged).length;
  const tooFew = data.students > 0 && data.students < MIN_STUDENTS_FOR_FLAGS;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <BackLink href={`/teach/classes/${assignment.classId}`}>{assignment.className}</BackLink>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">Item analysis</p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{assignment.title}</h1>
          <p className="mt-1 text-stone-600 dark:text-stone-300">
            Due <LocalTime iso={assignment.dueAt.toISOString()} /> · n = {plural(data.students, "student")} analysed (each student’s first submitted attempt)
          </p>
        </div>
        {data.students > 0 ? (
          <a href={`/teach/assignments/${assignment.id}/items/csv`} className="btn-secondary" download>
            Download CSV
          </a>
        ) : null}
      </div>

      <details className="mt-6 rounded-lg border border-stone-200 bg-white px-4 py-3 text-sm text-stone-700 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-300">
        <summary className="cursor-pointer font-medium text-stone-900 dark:text-white">How to read this</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li><strong>Correct</strong>: the share of students who got the question right (its difficulty; low means hard).</li>
          <li><strong>Discrimination</strong>: share correct in the top 27 % of scorers minus the bottom 27 %. Around +0.3 or more separates strong from weak readers well; near 0 it tells you little.</li>
          <li><strong>n</strong>: how many students a figure comes from. Discrimination compares only the top and bottom groups (“top 3 vs bottom 3”).</li>
          <li>
            <strong>Check this question</strong>: discrimination below 0 — strong students missed it more often than weak ones. Look for a wrong key or a misleading
            wording. Shown only once at least {MIN_STUDENTS_FOR_FLAGS} students have submitted: with fewer, one student’s slip can make a sound question look broken.
          </li>
        </ul>
      </details>

      {tooFew ? (
        <p className="mt-4 rounded-lg border border-stone-200 bg-stone-100 px-4 py-3 text-sm text-stone-800 dark:border-stone-700 dark:bg-stone-800 dark:text-stone-100">
          Only {plural(data.students, "student")} so far (n = {data.students}), so no question is flagged: Lectio flags questions from {MIN_STUDENTS_FOR_FLAGS} students on.
          The figures below describe these {data.students === 1 ? "one student" : `${data.students} students`} only.
        </p>
      ) : null}

      {flagged > 0 ? (
        <p role="status" className="mt-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm font-medium text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
          {plural(flagged, "question")} to check: strong students missed {flagged === 1 ? "it" : "them"} more often than weak ones.
        </p>
      ) : null}

      {data.students === 0 ? (
        <div className="card mt-8 p-6 text-stone-600 dark:text-stone-300">No student has submitted this assignment yet.</div>
      ) : (
        <div className="card mt-6 overflow-hidden">
          <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Item analysis table, scrolls sideways">
            <table className="w-full min-w-[48rem] text-left text-sm">
              <caption className="sr-only">Per question: share correct, discrimination and how often each answer was chosen</caption>
              <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-500 dark:bg-stone-800/50 dark:text-stone-400">
                <tr>
                  <th scope="col" className="w-10 px-4 py-3 font-medium">#</th>
                  <th scope="col" className="px-3 py-3 font-medium">Question</th>
                  <th scope="col" className="px-3 py-3 font-medium">Correct</th>
                  <th scope="col" className="px-3 py-3 font-medium">Discrimination</th>
                  <th scope="col" className="px-4 py-3 font-medium">Answers chosen</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
                {questions.map((q) => (
                  <tr key={q.questionId} className={q.flagged ? "bg-amber-50/60 dark:bg-amber-950/20" : undefined}>
                    <td className="px-4 py-4 align-top tabular-nums text-stone-500">{q.position}</td>
                    <th scope="row" className="max-w-[22rem] px-3 py-4 align-top font-normal">
                      <span className="block font-medium text-stone-950 dark:text-white">{q.prompt}</span>
                      <span className="mt-1 block text-xs text-stone-500 dark:text-stone-400">Answer: {q.correctAnswer}</span>
                      {q.flagged ? (
                        <span className="mt-2 inline-flex rounded-full bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-100">
                          Check this question
                        </span>
                      ) : null}
                    </th>
                    <td className="whitespace-nowrap px-3 py-4 align-top tabular-nums">
                      <span className="text-lg font-semibold text-stone-950 dark:text-white">{pct(q.difficulty)}</span>
                      <span className="block text-xs text-stone-600 dark:text-stone-300">
                        {q.correct} of n = {q.students}
                      </span>
                    </td>
                    <td className="whitespace-nowrap px-3 py-4 align-top tabular-nums">
                      <span className="text-lg font-semibold text-stone-950 dark:text-white">{signed(q.discrimination)}</span>
                      <span className="block text-xs text-stone-600 dark:text-stone-300">
                        {q.groupSize > 0 ? `top ${q.groupSize} vs bottom ${q.groupSize}` : "needs 2 students"}
                      </span>
                    </td>
                    <td className="px-4 py-4 align-top">
                      <Answers q={q} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
