import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/server/auth";
import { getStudentAttemptReview } from "@/server/data/gradebook";
import { isId } from "@/lib/validation/ids";
import { ScoreStats } from "@/components/score-stats";
import { ReviewList } from "@/components/review-list";
import { LocalTime } from "@/components/local-time";
import { BackLink } from "@/components/back-link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Student attempt" };

export default async function StudentAttemptPage({ params }: { params: Promise<{ id: string; attemptId: string }> }) {
  const { id, attemptId } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}/attempts/${attemptId}`);
  if (!isId(id) || !isId(attemptId)) notFound();
  const data = await getStudentAttemptReview(teacher.id, id, attemptId);
  if (!data) notFound();
  const { review, student, assignment } = data;
  const number = data.attempts.findIndex((a) => a.id === attemptId) + 1;

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <BackLink href={`/teach/classes/${data.class.id}/gradebook`} className="mb-4 flex flex-wrap gap-x-4 gap-y-1">Gradebook of {data.class.name}</BackLink>
      <section aria-labelledby="score-heading" className="card overflow-hidden">
        <div className="border-b border-stone-200 bg-brand-50 px-5 py-6 sm:px-8 dark:border-stone-800 dark:bg-brand-950/40">
          <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">
            {student.name} · attempt {number} of {data.attempts.length}
          </p>
          <h1 id="score-heading" className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">
            {review.score} of {review.total} correct
          </h1>
          <p className="mt-1 text-stone-600 dark:text-stone-300">
            {assignment.title} · due <LocalTime iso={assignment.dueAt.toISOString()} />
            {data.late ? <span className="ml-2 inline-flex rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-200">Submitted late</span> : null}
          </p>
        </div>
        <ScoreStats percent={review.percent} durationMs={review.durationMs} missed={review.missed} />
        {data.attempts.length > 1 ? (
          <div className="flex flex-wrap gap-2 border-t border-stone-200 px-5 py-4 text-sm sm:px-8 dark:border-stone-800">
            {data.attempts.map((a, i) => (
              <Link
                key={a.id}
                href={`/teach/classes/${data.class.id}/attempts/${a.id}`}
                aria-current={a.id === attemptId ? "page" : undefined}
                className="rounded-full border border-stone-300 px-3 py-1 tabular-nums hover:bg-stone-100 aria-[current=page]:border-brand-500 aria-[current=page]:bg-brand-50 dark:border-stone-700 dark:hover:bg-stone-800 dark:aria-[current=page]:bg-brand-950/40"
              >
                Attempt {i + 1}: {a.score ?? 0}/{a.total}
              </Link>
            ))}
          </div>
        ) : null}
      </section>
      <ReviewList items={review.items} />
    </div>
  );
}
