import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/server/auth";
import { getArticleForCuration } from "@/server/data/teacher-articles";
import { StatusBadge, VisibilityBadge } from "@/components/article-badges";
import { AddQuestion } from "./_components/add-question";
import { DetailsForm, PublishButton, RegenerateButton, TextForm } from "./_components/article-forms";
import { QuestionCard } from "./_components/question-card";
import { BackLink } from "@/components/back-link";
import { isId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

async function load(params: Props["params"]) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/articles/${encodeURIComponent(id)}`);
  if (!isId(id)) notFound();
  const article = await getArticleForCuration(teacher.id, id);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  return { title: `Curate: ${article.title}` };
}

export default async function CurateArticlePage({ params, searchParams }: Props) {
  const article = await load(params);
  const created = (await searchParams).created === "1";
  const { set } = article;
  const quiz = article.questions.filter((q) => !q.pool && !q.removed);
  const pool = article.questions.filter((q) => q.pool && !q.removed);
  const removed = article.questions.filter((q) => q.removed);
  const broken = quiz.filter((q) => q.errors.length > 0).length;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <BackLink href="/teach/articles">Your articles</BackLink>

      <header className="flex flex-col gap-5 border-b border-stone-200 pb-6 lg:flex-row lg:items-start lg:justify-between dark:border-stone-800">
        <div className="min-w-0">
          <p className="text-sm text-stone-500 dark:text-stone-400">
            {article.level} · version {article.version.number} · {article.version.words.toLocaleString("en-US")} words
          </p>
          <h1 className="mt-1 break-words font-serif text-3xl font-bold leading-tight tracking-tight text-stone-950 dark:text-white">{article.title}</h1>
          <div className="mt-3 flex flex-wrap items-center gap-1.5">
            <StatusBadge status={set?.status ?? "none"} />
            <VisibilityBadge visibility={article.visibility} />
            {article.tags.map((t) => (
              <span key={t} className="tag">
                {t}
              </span>
            ))}
          </div>
          {article.source && <p className="mt-2 text-sm text-stone-500 dark:text-stone-400">Source: {article.source}</p>}
        </div>
        <div className="flex w-full flex-col gap-2 sm:w-auto sm:min-w-64">
          {set?.status === "draft" ? (
            <PublishButton articleId={article.id} label="Approve and publish" />
          ) : set?.publishedAt ? (
            <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2.5 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200">
              Published on {day.format(set.publishedAt)}.{" "}
              <Link href="/teach" className="font-semibold underline">
                Assign it to a class
              </Link>
            </p>
          ) : null}
          {set?.status === "published" || article.hasPublished ? (
            <Link href={`/articles/${article.slug}`} className="btn-secondary px-3">
              Open as a reader
            </Link>
          ) : null}
          <div className="grid grid-cols-2 gap-2">
            <Link href={`/teach/articles/${article.id}/print`} className="btn-secondary px-3">
              Print worksheet
            </Link>
            <Link href={`/teach/articles/${article.id}/print?key=1`} className="btn-secondary px-3">
              Answer key
            </Link>
          </div>
        </div>
      </header>

      {created && (
        <p role="status" className="mt-6 rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-brand-900 dark:border-brand-900 dark:bg-brand-950/40 dark:text-brand-100">
          Lectio drafted {quiz.length} questions from the text. Check each one against its evidence, edit or delete what you don’t want, then approve and
          publish.
        </p>
      )}
      {[...article.setCheck.errors, ...article.setCheck.warnings].length > 0 && (
        <ul className="mt-6 list-disc rounded-lg border border-amber-300 bg-amber-50 py-3 pr-4 pl-8 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
          {[...article.setCheck.errors, ...article.setCheck.warnings].map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {set && set.attempts > 0 && set.status === "published" && (
        <p className="mt-6 text-sm text-stone-600 dark:text-stone-300">
          Students have answered this set {set.attempts} time{set.attempts === 1 ? "" : "s"}. Your next change makes a new draft; their attempts keep the
          questions they saw.
        </p>
      )}
      {set?.outdated && (
        <section aria-labelledby="upgrade-heading" className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40">
          <h2 id="upgrade-heading" className="font-semibold text-amber-950 dark:text-amber-100">
            The question generator has been upgraded
          </h2>
          <p className="mt-1 text-sm text-amber-900 dark:text-amber-200">
            This set was made by {set.generator}. The new one may find questions it missed. They are offered in the review pool; nothing you edited,
            wrote or deleted changes.
          </p>
          <div className="mt-3 max-w-md">
            <RegenerateButton articleId={article.id} generator={article.currentGenerator} />
          </div>
        </section>
      )}

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-10">
          <section aria-labelledby="quiz-heading">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="quiz-heading" className="text-xl font-semibold">
                Quiz questions ({quiz.length})
              </h2>
              {broken > 0 && <p className="text-sm font-medium text-red-700 dark:text-red-400">{broken} need a fix before publishing</p>}
            </div>
            {quiz.length === 0 ? (
              <p className="card mt-4 p-5 text-stone-600 dark:text-stone-300">No questions in the quiz. Add one by hand below, or take some from the review pool.</p>
            ) : (
              <ol className="mt-4 space-y-4">
                {quiz.map((q, i) => (
                  <li key={q.id}>
                    <QuestionCard q={q} number={i + 1} first={i === 0} last={i === quiz.length - 1} />
                  </li>
                ))}
              </ol>
            )}
          </section>

          {pool.length > 0 && (
            <details className="group">
              <summary className="cursor-pointer text-lg font-semibold marker:text-stone-400">
                Review pool and offered questions ({pool.length})
              </summary>
              <p className="mt-2 text-sm text-stone-600 dark:text-stone-300">
                Not in the quiz: used for students’ spaced review. Add any of them to the quiz.
              </p>
              <ul className="mt-4 space-y-4">
                {pool.map((q) => (
                  <li key={q.id}>
                    <QuestionCard q={q} number={null} />
                  </li>
                ))}
              </ul>
            </details>
          )}

          {removed.length > 0 && (
            <details>
              <summary className="cursor-pointer text-lg font-semibold marker:text-stone-400">Deleted ({removed.length})</summary>
              <ul className="mt-4 space-y-4">
                {removed.map((q) => (
                  <li key={q.id}>
                    <QuestionCard q={q} number={null} />
                  </li>
                ))}
              </ul>
            </details>
          )}

          <section aria-labelledby="add-heading" className="card p-4 sm:p-6">
            <h2 id="add-heading" className="text-xl font-semibold">
              Add a question by hand
            </h2>
            <div className="mt-4">
              <AddQuestion articleId={article.id} body={article.version.body} />
            </div>
          </section>
        </div>

        <aside className="space-y-8">
          <section aria-labelledby="details-heading" className="card p-5">
            <h2 id="details-heading" className="text-lg font-semibold">
              Details and sharing
            </h2>
            <div className="mt-4">
              <DetailsForm article={article} />
            </div>
          </section>
          <section aria-labelledby="text-heading" className="card p-5">
            <h2 id="text-heading" className="text-lg font-semibold">
              Edit the text
            </h2>
            <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
              {article.version.count === 1 ? "One version so far." : `${article.version.count} versions; this is the newest.`}
            </p>
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-300">Change the article’s text</summary>
              <div className="mt-3">
                <TextForm articleId={article.id} body={article.version.body} version={article.version.number} />
              </div>
            </details>
          </section>
        </aside>
      </div>
    </div>
  );
}
