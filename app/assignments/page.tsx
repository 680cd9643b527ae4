import type { Metadata } from "next";
import { AssignmentsList } from "@/components/assignments-list";
import { startAssignmentAction } from "./actions";
import { requireUser } from "@/server/auth";
import { listStudentAssignments } from "@/server/data/assignments";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage() {
  const user = await requireUser("/assignments");
  const assignments = await listStudentAssignments(user.id);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="sr-only">Your assignments</h1>
      <AssignmentsList assignments={assignments} start={startAssignmentAction} />
    </div>
  );
}
