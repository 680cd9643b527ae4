import { ArticleCard } from "@/components/article-card";
import { listPublicArticles } from "@/server/data/articles";

export const dynamic = "force-dynamic";

export default async function LibraryPage() {
  const articles = await listPublicArticles();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
      <header className="mb-10 max-w-2xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Library</h1>
        <p className="mt-3 text-lg text-stone-600 dark:text-stone-300">
          Read an article, then answer questions drawn from its facts. Every answer points back to the sentence it comes from.
        </p>
      </header>
      {articles.length === 0 ? (
        <p className="card p-8 text-center text-stone-600 dark:text-stone-300">No articles yet. Run <code>npm run db:seed</code> to load the library.</p>
      ) : (
        <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {articles.map((article) => (
            <ArticleCard key={article.slug} article={article} />
          ))}
        </div>
      )}
    </div>
  );
}
