import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getRunnerView } from "@/server/data/attempt-view";
import { getViewer } from "@/server/viewer";
import { ProgressBar } from "./_components/progress-bar";
import { QuizRunner } from "./_components/quiz-runner";
import { isId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quiz" };


export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isId(id)) notFound();
  const view = await getRunnerView(await getViewer(), id);
  if (!view) notFound();
  if ("submitted" in view) redirect(`/attempts/${id}/results`);

  return (
    <div className="mx-auto max-w-2xl px-4 py-8 sm:px-6 sm:py-12">
      <header className="mb-8">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm">
          <Link href={`/articles/${view.article.slug}`} className="min-w-0 truncate text-stone-500 hover:text-stone-900 dark:text-stone-400 dark:hover:text-white">
            <span aria-hidden="true">← </span>
            {view.article.title}
          </Link>
          <span className="tag shrink-0">
            {view.mode === "test" ? "Test mode" : "Practice mode"}
            {view.kind === "missed" ? " · missed questions" : ""}
          </span>
        </div>
        <h1 className="sr-only">
          Quiz on {view.article.title}, question {view.index + 1} of {view.total}
        </h1>
        <ProgressBar index={view.index} total={view.total} />
        {view.mode === "test" && (
          <p className="mt-2 text-xs text-stone-500 dark:text-stone-400">
            {view.answered} of {view.total} answered · you can go back and change answers until you submit
          </p>
        )}
      </header>
      <div className="card p-5 sm:p-8">
        <QuizRunner key={view.question.id} view={view} />
      </div>
    </div>
  );
}
