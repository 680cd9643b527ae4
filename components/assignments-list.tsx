import Link from "next/link";
import type { StudentAssignment } from "@/server/data/assignments";
import { LocalTime } from "./local-time";
import { StartAssignmentButton, type StartAssignment } from "./start-assignment-button";

// The student's assignments from their classes (to do / late / done), for the dashboard and /assignments.
// Data: listStudentAssignments(userId) in server/data/assignments.ts.

const GROUPS = [
  { status: "late", title: "Late", empty: null },
  { status: "todo", title: "To do", empty: "Nothing to do right now." },
  { status: "done", title: "Done", empty: null },
] as const;

const BADGE = {
  late: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  todo: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  done: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
} as const;

function Item({ a, start }: { a: StudentAssignment; start: StartAssignment }) {
  const attemptsLeft = Math.max(0, a.attemptsAllowed - a.attemptsUsed);
  return (
    <li className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-5">
      <div className="min-w-0">
        <p className="font-semibold text-stone-950 dark:text-white">
          <Link href={`/articles/${a.slug}`} className="hover:text-brand-700 dark:hover:text-brand-300">
            {a.title}
          </Link>
        </p>
        <p className="mt-0.5 text-sm text-stone-600 dark:text-stone-300">
          {a.className} · due <LocalTime iso={a.dueAt.toISOString()} /> · {a.questions} questions · {a.mode}
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${BADGE[a.status]}`}>
            {a.status === "late" ? "Late: still accepted" : a.status === "todo" ? "To do" : a.submittedLate ? "Done, submitted late" : "Done"}
          </span>
          {a.best ? (
            <span className="tabular-nums text-stone-700 dark:text-stone-300">
              Best {a.best.score}/{a.best.total}
            </span>
          ) : null}
          <span className="text-stone-500 dark:text-stone-400">
            {a.openAttemptId ? "In progress" : `${attemptsLeft} of ${a.attemptsAllowed} ${a.attemptsAllowed === 1 ? "attempt" : "attempts"} left`}
          </span>
        </p>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2 sm:justify-end">
        {a.lastAttemptId ? (
          <Link href={`/attempts/${a.lastAttemptId}/results`} className="btn-secondary px-3 py-2">
            Results<span className="sr-only">: {a.title}</span>
          </Link>
        ) : null}
        {a.canStart ? (
          <StartAssignmentButton start={start} assignmentId={a.id} title={a.title} label={a.openAttemptId ? "Continue" : a.status === "done" ? "Try again" : "Start"} primary={a.status !== "done"} />
        ) : null}
      </div>
    </li>
  );
}

/** `start` is the server action behind each Start / Continue / Try again button (startAssignmentAction). */
export function AssignmentsList({ assignments, start, headingLevel = 2 }: { assignments: StudentAssignment[]; start: StartAssignment; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby="assignments-heading" className="card relative overflow-hidden">
      <div className="flex items-center justify-between gap-3 border-b border-stone-200 px-4 py-4 sm:px-5 dark:border-stone-800">
        <H id="assignments-heading" className="text-lg font-semibold">
          Assignments
        </H>
        <Link href="/join" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">
          Join a class
        </Link>
      </div>
      {assignments.length === 0 ? (
        <p className="px-4 py-6 text-sm text-stone-600 sm:px-5 dark:text-stone-300">
          No assignments. When you join a class with your teacher’s code, what they assign shows up here.
        </p>
      ) : (
        GROUPS.map((g) => {
          const items = assignments.filter((a) => a.status === g.status);
          if (items.length === 0 && !g.empty) return null;
          return (
            <div key={g.status} className="border-b border-stone-200 last:border-b-0 dark:border-stone-800">
              <Sub className="bg-stone-50 px-4 py-2 text-xs font-semibold uppercase tracking-wide text-stone-500 sm:px-5 dark:bg-stone-800/50 dark:text-stone-400">
                {g.title} ({items.length})
              </Sub>
              {items.length === 0 ? (
                <p className="px-4 py-4 text-sm text-stone-600 sm:px-5 dark:text-stone-300">{g.empty}</p>
              ) : (
                <ul className="divide-y divide-stone-200 dark:divide-stone-800">
                  {items.map((a) => (
                    <Item key={a.id} a={a} start={start} />
                  ))}
                </ul>
              )}
            </div>
          );
        })
      )}
    </section>
  );
}
