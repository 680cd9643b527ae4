import type { Metadata } from "next";
import { requireTeacher } from "@/server/auth";
import { NewArticleForm } from "./_components/new-article-form";
import { BackLink } from "@/components/back-link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await requireTeacher("/teach/articles/new");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <BackLink href="/teach/articles">Your articles</BackLink>
      <h1 className="text-3xl font-bold tracking-tight">Add an article</h1>
      <p className="mt-2 max-w-2xl text-stone-600 dark:text-stone-300">
        Paste the text you are teaching this week or upload it as a file. Lectio writes questions from its facts, each pointing to the sentence that
        answers it; you check and edit them before you publish.
      </p>
      <div className="mt-8">
        <NewArticleForm />
      </div>
    </div>
  );
}
