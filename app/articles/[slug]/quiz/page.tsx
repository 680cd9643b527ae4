import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticleForReading } from "@/server/data/articles";
import { getOpenAttempt } from "@/server/data/attempts";
import { getViewer } from "@/server/viewer";
import { StartForm } from "./_components/start-form";
import { BackLink } from "@/components/back-link";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getArticleForReading(slug, undefined, (await getViewer()).userId);
  return { title: article ? `Quiz: ${article.title}` : "Quiz not found" };
}

export default async function QuizStartPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  const article = await getArticleForReading(slug, undefined, viewer.userId);
  if (!article || article.questions === 0) notFound();
  const open = await getOpenAttempt(viewer, slug);

  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6 sm:py-14">
      <BackLink href={`/articles/${slug}`} className="mb-6">Back to the article</BackLink>
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-600 dark:text-brand-400">Quiz</p>
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight tracking-tight text-stone-950 sm:text-4xl dark:text-white">{article.title}</h1>
      <p className="mt-3 text-lg text-stone-600 dark:text-stone-300">
        {article.questions} questions drawn from the article. Every answer points back to the sentence it comes from.
      </p>

      {open && (
        <section aria-labelledby="continue-heading" className="mt-8 rounded-xl border border-brand-200 bg-brand-50 p-5 dark:border-brand-900 dark:bg-brand-950/40">
          <h2 id="continue-heading" className="text-lg font-semibold text-stone-900 dark:text-white">
            Continue your quiz
          </h2>
          <p className="mt-1 text-stone-600 dark:text-stone-300">
            {open.mode === "test" ? "Test" : "Practice"} mode{open.kind === "missed" ? ", missed questions" : ""} · question {open.position} of {open.total} ·{" "}
            {open.answered} answered
          </p>
          <Link href={`/attempts/${open.id}`} className="btn-primary mt-4 w-full sm:w-auto">
            Continue your quiz
          </Link>
        </section>
      )}

      <div className="mt-8">
        <StartForm slug={slug} hasOpenAttempt={!!open} />
      </div>
    </div>
  );
}
