import Link from "next/link";
import type { ArticleCard as ArticleCardData } from "@/server/data/articles";

export function ArticleCard({ article }: { article: ArticleCardData }) {
  return (
    <article className="card group relative flex flex-col p-5 transition-shadow hover:shadow-md">
      <div className="mb-3 flex items-center gap-2 text-xs font-medium text-stone-500 dark:text-stone-400">
        <span>{article.level}</span>
        <span aria-hidden="true">·</span>
        <span>{article.minutes} min read</span>
        {article.questions > 0 && (
          <>
            <span aria-hidden="true">·</span>
            <span>{article.questions} questions</span>
          </>
        )}
      </div>
      <h2 className="font-serif text-xl font-semibold leading-snug text-stone-900 dark:text-stone-50">
        <Link href={`/articles/${article.slug}`} className="after:absolute after:inset-0 group-hover:text-brand-700 dark:group-hover:text-brand-300">
          {article.title}
        </Link>
      </h2>
      <p className="mt-2 flex-1 text-sm leading-relaxed text-stone-600 dark:text-stone-300">{article.summary}</p>
      {article.tags.length > 0 && (
        <ul className="mt-4 flex flex-wrap gap-1.5" aria-label="Tags">
          {article.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
