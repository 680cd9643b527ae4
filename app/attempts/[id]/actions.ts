"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AnswerFormSchema, answerFormInput, AttemptIdSchema } from "@/lib/validation/quiz";
import { createMissedAttempt, createRetake, moveFrom, moveToFirstUnanswered, submitAttempt } from "@/server/data/attempts";
import { recordResponse } from "@/server/data/responses";
import { getViewer } from "@/server/viewer";

export type RunnerState = { message?: string };

const GONE = "This quiz is no longer available. Reload the page.";

function hasAnswer(answer: string | string[] | undefined): answer is string | string[] {
  if (answer === undefined) return false;
  return Array.isArray(answer) ? answer.some((a) => a.trim() !== "") : answer.trim() !== "";
}

/**
 * The runner's one action. intent: check (practice: store and grade), continue (practice: next question or
 * finish), next / back (test: store any answer, then move), unanswered (test: store any answer, then go to the
 * first question still unanswered), submit (test: store any answer, then score).
 */
export async function answerAction(_prev: RunnerState, formData: FormData): Promise<RunnerState> {
  const parsed = AnswerFormSchema.safeParse(answerFormInput(formData));
  if (!parsed.success) return { message: "Something in that answer was not understood. Try again." };
  const { attemptId, questionId, intent, answer } = parsed.data;
  const viewer = await getViewer();
  const path = `/attempts/${attemptId}`;

  if (intent !== "continue" && hasAnswer(answer)) {
    const result = await recordResponse(viewer, attemptId, questionId, answer);
    if (!result) return { message: GONE };
    if (result.status === "closed") redirect(`${path}/results`);
    if (result.status === "invalid") return { message: result.message };
  } else if (intent === "check") {
    return { message: "Choose or type an answer first." };
  }

  if (intent === "next" || intent === "back" || intent === "continue") {
    const moved = await moveFrom(viewer, attemptId, questionId, intent === "back" ? -1 : 1);
    if (!moved) return { message: GONE };
    if (moved !== "end" || intent === "next") {
      revalidatePath(path);
      return {};
    }
  }
  if (intent === "unanswered") {
    if (!(await moveToFirstUnanswered(viewer, attemptId))) return { message: GONE };
    revalidatePath(path);
    return {};
  }
  if (intent === "check") {
    revalidatePath(path);
    return {};
  }
  // submit, or continuing past the last question
  const submitted = await submitAttempt(viewer, attemptId);
  if (!submitted) return { message: GONE };
  redirect(`${path}/results`);
}

export type FollowUpState = { message?: string };

/** Results page buttons: "Review missed" and "Retake" each start a new attempt. */
export async function followUpAction(_prev: FollowUpState, formData: FormData): Promise<FollowUpState> {
  const parsed = AttemptIdSchema.safeParse({ attemptId: formData.get("attemptId") });
  const kind = formData.get("intent");
  if (!parsed.success || (kind !== "missed" && kind !== "retake")) return { message: "That action was not understood." };
  const viewer = await getViewer();
  const next = kind === "missed" ? await createMissedAttempt(viewer, parsed.data.attemptId) : await createRetake(viewer, parsed.data.attemptId);
  if (!next) return { message: GONE };
  if ("message" in next) return { message: next.message };
  redirect(`/attempts/${next.id}`);
}
