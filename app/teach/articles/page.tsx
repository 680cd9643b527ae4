import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "@/server/auth";
import { listTeacherArticles } from "@/server/data/teacher-articles";
import { StatusBadge, VisibilityBadge } from "@/components/article-badges";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your articles" };

const updated = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export default async function TeacherArticlesPage() {
  const teacher = await requireTeacher("/teach/articles");
  const articles = await listTeacherArticles(teacher.id);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">
        <Link href="/teach" className="hover:underline">
          Teach
        </Link>
      </p>
      <div className="mt-1 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Your articles</h1>
          <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-300">Bring the text you are teaching; check its questions; publish and assign it.</p>
        </div>
        <Link href="/teach/articles/new" className="btn-primary">
          Add an article
        </Link>
      </div>

      {articles.length === 0 ? (
        <div className="card mt-8 p-6 text-stone-600 dark:text-stone-300">
          <p className="font-medium text-stone-900 dark:text-white">No articles yet.</p>
          <p className="mt-1 text-sm">Paste an article or upload a .md or .txt file: Lectio drafts the questions for you to check.</p>
        </div>
      ) : (
        <ul className="mt-8 divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {articles.map((a) => (
            <li key={a.id} className="relative flex flex-col gap-2 px-5 py-4 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between dark:hover:bg-stone-800/50">
              <div className="min-w-0">
                <h2 className="font-semibold text-stone-900 dark:text-white">
                  <Link href={`/teach/articles/${a.id}`} className="after:absolute after:inset-0 hover:text-brand-700 dark:hover:text-brand-300">
                    {a.title}
                  </Link>
                </h2>
                <p className="mt-0.5 text-sm text-stone-500 dark:text-stone-400">
                  {a.level} · version {a.version} · {a.questions} question{a.questions === 1 ? "" : "s"} · updated {updated.format(a.updatedAt)}
                </p>
              </div>
              <div className="flex shrink-0 flex-wrap gap-1.5">
                <StatusBadge status={a.status} />
                {a.status === "draft" && a.hasPublished && <span className="tag">Earlier set live</span>}
                <VisibilityBadge visibility={a.visibility} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
