import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article-body";
import { getArticleForReading } from "@/server/data/articles";
import { getSessionUser } from "@/server/auth";
import { HighlightQuerySchema } from "@/lib/validation/article";
import { BackLink } from "@/components/back-link";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getArticleForReading(slug, undefined, (await getSessionUser())?.id ?? null);
  return article ? { title: article.title, description: article.summary } : { title: "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = HighlightQuerySchema.safeParse(await searchParams);
  const article = await getArticleForReading(slug, query.success ? query.data.v : undefined, (await getSessionUser())?.id ?? null);
  if (!article) notFound();
  const highlight = query.success ? query.data.hl : null;
  const published = article.publishedAt
    ? new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(article.publishedAt)
    : null;

  return (
    <article className="mx-auto max-w-[68ch] px-4 py-10 sm:px-6 sm:py-14">
      <BackLink href="/" className="no-print mb-6">Library</BackLink>
      <header className="mb-8 border-b border-stone-200 pb-8 dark:border-stone-800">
        <p className="mb-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-500 dark:text-stone-400">
          <span>{article.level}</span>
          <span aria-hidden="true">·</span>
          <span>{article.minutes} min read</span>
          {published && (
            <>
              <span aria-hidden="true">·</span>
              <time dateTime={article.publishedAt!.toISOString().slice(0, 10)}>{published}</time>
            </>
          )}
        </p>
        <h1 className="font-serif text-3xl font-bold leading-tight tracking-tight text-stone-950 sm:text-4xl dark:text-white">{article.title}</h1>
        {article.summary && <p className="mt-4 text-lg leading-relaxed text-stone-600 dark:text-stone-300">{article.summary}</p>}
        {article.tags.length > 0 && (
          <ul className="mt-4 flex flex-wrap gap-1.5" aria-label="Tags">
            {article.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </header>

      <ArticleBody body={article.body} highlight={highlight} />

      <footer className="no-print mt-10 rounded-xl border border-brand-200 bg-brand-50 p-6 dark:border-brand-900 dark:bg-brand-950/40">
        <h2 className="text-lg font-semibold text-stone-900 dark:text-white">Check your understanding</h2>
        <p className="mt-1 text-stone-600 dark:text-stone-300">
          {article.questions > 0
            ? `${article.questions} questions drawn from this article. Each answer links back to its sentence.`
            : "Questions for this article are being prepared."}
        </p>
        {article.questions > 0 && (
          <Link href={`/articles/${article.slug}/quiz`} className="btn-primary mt-4">
            Take the quiz
          </Link>
        )}
        {article.source && <p className="mt-4 text-xs text-stone-600 dark:text-stone-400">Source: {article.source}</p>}
      </footer>
    </article>
  );
}
