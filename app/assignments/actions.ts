"use server";
import { redirect } from "next/navigation";
import { StartAssignmentSchema } from "@/lib/validation/classes";
import { requireUser } from "@/server/auth";
import type { StartAssignmentState } from "@/components/start-assignment-button";
import { startAssignmentAttempt } from "@/server/data/assignments";

/** Starts (or resumes) the student's attempt at one of their assignments and opens the quiz. */
export async function startAssignmentAction(_prev: StartAssignmentState, formData: FormData): Promise<StartAssignmentState> {
  const user = await requireUser("/dashboard");
  const parsed = StartAssignmentSchema.safeParse({ assignmentId: formData.get("assignmentId") });
  if (!parsed.success) return { message: "This assignment does not exist." };
  const result = await startAssignmentAttempt(user.id, parsed.data.assignmentId);
  if (!result) return { message: "This assignment is not one of yours any more." };
  if ("message" in result) return { message: result.message };
  redirect(`/attempts/${result.id}`);
}
