"use server";
import { redirect } from "next/navigation";
import { StartQuizSchema } from "@/lib/validation/quiz";
import { startAttempt } from "@/server/data/attempts";
import { ensureViewer } from "@/server/viewer";

export type StartState = { message?: string };

/** Starts a quiz (setting the guest cookie on a first visit) and opens it. */
export async function startQuiz(_prev: StartState, formData: FormData): Promise<StartState> {
  const parsed = StartQuizSchema.safeParse({ slug: formData.get("slug"), mode: formData.get("mode") });
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "Choose a mode to start." };
  const viewer = await ensureViewer();
  const attempt = await startAttempt(viewer, parsed.data.slug, parsed.data.mode);
  if (!attempt) return { message: "This article has no quiz yet." };
  if ("message" in attempt) return { message: attempt.message };
  redirect(`/attempts/${attempt.id}`);
}
