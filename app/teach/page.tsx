import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "@/server/auth";
import { listTeacherClasses } from "@/server/data/classes";
import { CreateClassForm } from "./_components/create-class-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your classes" };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export default async function TeachPage() {
  const teacher = await requireTeacher("/teach");
  const classes = await listTeacherClasses(teacher.id);
  const active = classes.filter((c) => !c.archived);
  const archived = classes.filter((c) => c.archived);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">Teach</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Your classes</h1>
      <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-300">
        Make a class, share its join code, assign an article’s quiz and follow the results in the gradebook.
      </p>

      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="active-heading">
          <h2 id="active-heading" className="sr-only">
            Active classes
          </h2>
          {active.length === 0 ? (
            <div className="card p-6 text-stone-600 dark:text-stone-300">
              <p className="font-medium text-stone-900 dark:text-white">No classes yet.</p>
              <p className="mt-1 text-sm">Create your first class: students join it with a short code or a link.</p>
            </div>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2">
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
                  <p className="mt-3 text-sm text-stone-500 dark:text-stone-400">
                    Join code <span className="font-mono font-semibold tracking-widest text-stone-900 dark:text-white">{c.joinCode}</span>
                  </p>
                </li>
              ))}
            </ul>
          )}
          {archived.length > 0 && (
            <section aria-labelledby="archived-heading" className="mt-10">
              <h2 id="archived-heading" className="text-lg font-semibold">
                Archived
              </h2>
              <ul className="mt-3 divide-y divide-stone-200 rounded-xl border border-stone-200 dark:divide-stone-800 dark:border-stone-800">
                {archived.map((c) => (
                  <li key={c.id} className="flex items-center justify-between gap-3 px-4 py-3">
                    <Link href={`/teach/classes/${c.id}`} className="font-medium hover:text-brand-700 dark:hover:text-brand-300">
                      {c.name}
                    </Link>
                    <span className="text-sm text-stone-500 dark:text-stone-400">{plural(c.students, "student")}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
        <section aria-labelledby="new-heading" className="card h-fit p-5">
          <h2 id="new-heading" className="text-lg font-semibold">
            New class
          </h2>
          <div className="mt-4">
            <CreateClassForm />
          </div>
        </section>
      </div>
    </div>
  );
}
