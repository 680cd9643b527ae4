import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/server/auth";
import { getGradebook, type GradebookCell } from "@/server/data/gradebook";
import { formatDuration, plural } from "../../../_components/format";
import { LocalTime } from "@/components/local-time";
import { StatusBadge } from "../../../_components/status-badge";
import { BackLink } from "@/components/back-link";
import { isId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Gradebook" };

function Cell({ cell, classId }: { cell: GradebookCell; classId: string }) {
  return (
    <div className="space-y-1">
      <StatusBadge status={cell.status} />
      {cell.best && cell.latest ? (
        <>
          <p className="tabular-nums">
            <span className="text-stone-500 dark:text-stone-400">Best </span>
            <span className="font-semibold text-stone-950 dark:text-white">
              {cell.best.score}/{cell.best.total} · {cell.best.percent}%
            </span>
          </p>
          <p className="tabular-nums">
            <span className="text-stone-500 dark:text-stone-400">Latest </span>
            {cell.latest.score}/{cell.latest.total} · {cell.latest.percent}%
          </p>
          <p className="text-xs text-stone-500 dark:text-stone-400">
            {plural(cell.attempts, "attempt")} · {formatDuration(cell.timeMs)}
          </p>
          <p className="flex gap-3 text-xs font-medium">
            <Link href={`/teach/classes/${classId}/attempts/${cell.latest.attemptId}`} className="text-brand-700 hover:underline dark:text-brand-300">
              Review latest
            </Link>
            {cell.best.attemptId !== cell.latest.attemptId ? (
              <Link href={`/teach/classes/${classId}/attempts/${cell.best.attemptId}`} className="text-brand-700 hover:underline dark:text-brand-300">
                Review best
              </Link>
            ) : null}
          </p>
        </>
      ) : null}
    </div>
  );
}

export default async function GradebookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}/gradebook`);
  if (!isId(id)) notFound();
  const book = await getGradebook(teacher.id, id);
  if (!book) notFound();
  const { assignments, students, cells } = book;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <BackLink href={`/teach/classes/${book.class.id}`}>{book.class.name}</BackLink>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Gradebook</h1>
          <p className="mt-1 text-stone-600 dark:text-stone-300">
            {book.class.name} · {plural(students.length, "student")} · {plural(assignments.length, "assignment")}
          </p>
        </div>
        {students.length > 0 && assignments.length > 0 ? (
          <a href={`/teach/classes/${book.class.id}/gradebook/csv`} className="btn-secondary" download>
            Download CSV
          </a>
        ) : null}
      </div>

      {students.length === 0 || assignments.length === 0 ? (
        <div className="card mt-8 p-6 text-stone-600 dark:text-stone-300">
          {students.length === 0 ? "No students have joined this class yet." : "Nothing has been assigned to this class yet."}
        </div>
      ) : (
        <div className="card mt-8 overflow-hidden">
          <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Gradebook table, scrolls sideways">
            <table className="w-full min-w-max border-separate border-spacing-0 text-left text-sm">
              <caption className="sr-only">Students by assignments: status, best and latest score, attempts and time spent</caption>
              <thead>
                <tr className="bg-stone-50 dark:bg-stone-800/50">
                  <th scope="col" className="sticky left-0 z-10 border-b border-r border-stone-200 bg-stone-50 px-4 py-3 text-xs font-medium uppercase tracking-wide text-stone-500 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-400">
                    Student
                  </th>
                  {assignments.map((a) => (
                    <th key={a.id} scope="col" className="min-w-[12rem] border-b border-stone-200 px-4 py-3 align-bottom font-medium dark:border-stone-800">
                      <Link href={`/teach/assignments/${a.id}/items`} className="block font-semibold text-stone-900 hover:text-brand-700 dark:text-white dark:hover:text-brand-300">
                        {a.title}
                      </Link>
                      <span className="mt-0.5 block text-xs font-normal text-stone-500 dark:text-stone-400">
                        Due <LocalTime iso={a.dueAt.toISOString()} /> · {plural(a.questions, "question")}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {students.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" className="sticky left-0 z-10 max-w-[10rem] border-b border-r border-stone-200 bg-white px-4 py-3 align-top font-medium dark:border-stone-800 dark:bg-stone-900">
                      <span className="block truncate text-stone-950 dark:text-white">{s.name}</span>
                      <span className="block truncate text-xs font-normal text-stone-500 dark:text-stone-400">{s.email}</span>
                    </th>
                    {assignments.map((a) => (
                      <td key={a.id} className="border-b border-stone-200 px-4 py-3 align-top dark:border-stone-800">
                        <Cell cell={cells[s.id][a.id]} classId={book.class.id} />
                      </td>
                    ))}
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
