import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/server/auth";
import { listAssignableSets } from "@/server/data/assignments";
import { getTeacherClass } from "@/server/data/classes";
import { isId } from "@/lib/validation/ids";
import { AssignForm } from "./_components/assign-form";
import { BackLink } from "@/components/back-link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assign a quiz" };

export default async function AssignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}/assign`);
  if (!isId(id)) notFound();
  const cls = await getTeacherClass(teacher.id, id);
  if (!cls || cls.archived) notFound();
  const sets = await listAssignableSets(teacher.id);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <BackLink href={`/teach/classes/${cls.id}`}>{cls.name}</BackLink>
      <h1 className="text-3xl font-bold tracking-tight">Assign a quiz</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">The article’s current published question set goes to every student in {cls.name}.</p>
      <div className="card mt-8 p-5 sm:p-6">
        {sets.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-300">The library has no published question sets yet.</p>
        ) : (
          <AssignForm classId={cls.id} sets={sets.map((s) => ({ setId: s.setId, title: s.title, questions: s.questions }))} />
        )}
      </div>
    </div>
  );
}
