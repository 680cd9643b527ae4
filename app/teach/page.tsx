import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { requireTeacher } from "@/server/auth";
import { now } from "@/server/clock";
import { listTeacherClasses } from "@/server/data/classes";
import { DUE_SOON_DAYS, listDueSoon } from "@/server/data/gradebook";
import { listTeacherArticles } from "@/server/data/teacher-articles";
import { CreateClassForm } from "./_components/create-class-form";
import { plural } from "./_components/format";
import { StatusBadge } from "@/components/article-badges";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Teacher home" };

const RECENT_ARTICLES = 5;

/** The teacher's home, where sign-in lands: what is due soon, their classes, their articles. */
export default async function TeachPage() {
  const teacher = await requireTeacher("/teach");
  const [classes, articles, due] = await Promise.all([listTeacherClasses(teacher.id), listTeacherArticles(teacher.id), now().then((at) => listDueSoon(teacher.id, at))]);
  const active = classes.filter((c) => !c.archived);
  const archived = classes.filter((c) => c.archived);
  const firstName = (teacher.name || teacher.email.split("@")[0]).split(/\s+/)[0];
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">Teach</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight">Hello, {firstName}</h1>
          <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-300">
            Make a class and share its join code, add an article and check its questions, then assign the quiz and follow the results.
          </p>
        </div>
        <Link href="/teach/articles/new" className="btn-primary">
          Add an article
        </Link>
      </div>

      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-10">
          <section aria-labelledby="due-heading">
            <h2 id="due-heading" className="text-xl font-semibold">
              Due soon
            </h2>
            {due.length === 0 ? (
              <p className="card mt-3 p-5 text-sm text-stone-600 dark:text-stone-300">
                Nothing due in the next {DUE_SOON_DAYS} days.{" "}
                {active.length > 0 ? "Open a class and use “Assign” to set an article’s quiz with a due date." : "Create a class first, then assign it a quiz."}
              </p>
            ) : (
              <ul className="mt-3 divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
                {due.map((a) => (
                  <li key={a.id} className="relative flex flex-col gap-1 px-5 py-4 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between sm:gap-4 dark:hover:bg-stone-800/50">
                    <div className="min-w-0">
                      <h3 className="font-semibold text-stone-900 dark:text-white">
                        <Link href={`/teach/classes/${a.classId}`} className="after:absolute after:inset-0 hover:text-brand-700 dark:hover:text-brand-300">
                          {a.title}
                        </Link>
                      </h3>
                      <p className="mt-0.5 text-sm text-stone-600 dark:text-stone-300">
                        {a.className} · {a.mode} · due <LocalTime iso={a.dueAt.toISOString()} />
                      </p>
                    </div>
                    <p className="shrink-0 text-sm tabular-nums text-stone-600 dark:text-stone-300">
                      {a.enrolled === 0 ? "No students yet" : `${a.submitted} of ${plural(a.enrolled, "student")} submitted`}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="classes-heading">
            <h2 id="classes-heading" className="text-xl font-semibold">
              Your classes
            </h2>
            {active.length === 0 ? (
              <div className="card mt-3 p-5 text-stone-600 dark:text-stone-300">
                <p className="font-medium text-stone-900 dark:text-white">No classes yet.</p>
                <p className="mt-1 text-sm">Create your first class: students join it with a short code or a link.</p>
              </div>
            ) : (
              <ul className="mt-3 grid gap-4 sm:grid-cols-2">
                {active.map((c) => (
                  <li key={c.id} className="card relative p-5 transition-shadow hover:shadow-md">
                    <h3 className="text-lg font-semibold">
                      <Link href={`/teach/classes/${c.id}`} className="after:absolute after:inset-0 hover:text-brand-700 dark:hover:text-brand-300">
                        {c.name}
                      </Link>
                    </h3>
                    <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">
                      {plural(c.students, "student")} · {plural(c.assignments, "assignment")}
                    </p>
                    <p className="mt-3 text-sm text-stone-600 dark:text-stone-300">
                      Join code <span className="font-mono font-semibold tracking-widest text-stone-900 dark:text-white">{c.joinCode}</span>
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {archived.length > 0 && (
              <section aria-labelledby="archived-heading" className="mt-8">
                <h3 id="archived-heading" className="text-lg font-semibold">
                  Archived
                </h3>
                <ul className="mt-3 divide-y divide-stone-200 rounded-xl border border-stone-200 dark:divide-stone-800 dark:border-stone-800">
                  {archived.map((c) => (
                    <li key={c.id} className="flex items-center justify-between gap-3 px-4 py-3">
                      <Link href={`/teach/classes/${c.id}`} className="font-medium hover:text-brand-700 dark:hover:text-brand-300">
                        {c.name}
                      </Link>
                      <span className="text-sm text-stone-600 dark:text-stone-300">{plural(c.students, "student")}</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </section>
        </div>

        <div className="space-y-8">
          <section aria-labelledby="new-heading" className="card h-fit p-5">
            <h2 id="new-heading" className="text-lg font-semibold">
              New class
            </h2>
            <div className="mt-4">
              <CreateClassForm />
            </div>
          </section>

          <section aria-labelledby="articles-heading" className="card h-fit p-5">
            <div className="flex items-baseline justify-between gap-3">
              <h2 id="articles-heading" className="text-lg font-semibold">
                Your articles
              </h2>
              {articles.length > 0 && (
                <Link href="/teach/articles" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">
                  All {articles.length}
                  <span className="sr-only"> articles</span>
                </Link>
              )}
            </div>
            {articles.length === 0 ? (
              <p className="mt-2 text-sm text-stone-600 dark:text-stone-300">
                Paste the text you are teaching or upload a .md or .txt file: Lectio drafts the questions for you to check and publish.
              </p>
            ) : (
              <ul className="mt-3 space-y-3">
                {articles.slice(0, RECENT_ARTICLES).map((a) => (
                  <li key={a.id} className="flex items-start justify-between gap-3">
                    <Link href={`/teach/articles/${a.id}`} className="min-w-0 text-sm font-medium break-words hover:text-brand-700 hover:underline dark:hover:text-brand-300">
                      {a.title}
                    </Link>
                    <StatusBadge status={a.status} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
