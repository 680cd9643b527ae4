import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getResultsView } from "@/server/data/attempt-view";
import { getViewer } from "@/server/viewer";
import { ScoreStats } from "@/components/score-stats";
import { ReviewList } from "@/components/review-list";
import { FollowUpButtons } from "./_components/follow-up-buttons";
import { BackLink } from "@/components/back-link";
import { isId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quiz results" };

function verdict(percent: number): string {
  if (percent === 100) return "Every answer right.";
  if (percent >= 80) return "Strong reading.";
  if (percent >= 50) return "A good start: the review below shows where each answer comes from.";
  return "Worth another read: each answer below links to its sentence.";
}

export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isId(id)) notFound();
  const view = await getResultsView(await getViewer(), id);
  if (!view) notFound();
  if ("open" in view) redirect(`/attempts/${id}`);

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <BackLink href={`/articles/${view.article.slug}`} className="mb-6">{view.article.title}</BackLink>
      <section aria-labelledby="score-heading" className="card overflow-hidden">
        <div className="border-b border-stone-200 bg-brand-50 px-5 py-6 sm:px-8 dark:border-stone-800 dark:bg-brand-950/40">
          <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">
            {view.kind === "missed" ? "Missed questions" : "Results"} · {view.mode === "test" ? "test mode" : "practice mode"}
          </p>
          <h1 id="score-heading" className="mt-2 text-3xl font-bold tracking-tight text-stone-950 sm:text-4xl dark:text-white">
            {view.score} of {view.total} correct
          </h1>
          <p className="mt-2 text-stone-600 dark:text-stone-300">{verdict(view.percent)}</p>
        </div>
        <ScoreStats percent={view.percent} durationMs={view.durationMs} missed={view.missed} />
        <div className="border-t border-stone-200 px-5 py-5 sm:px-8 dark:border-stone-800">
          <FollowUpButtons attemptId={view.id} missed={view.missed} assigned={view.assigned} />
        </div>
      </section>

      <ReviewList items={view.items} />
    </div>
  );
}
