"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/server/auth";
import { now, viewerTimeZone } from "@/server/clock";
import { startReviewSession } from "@/server/data/review-sessions";
import { idSchema } from "@/lib/validation/ids";

export type StartReviewState = { message?: string };

const StartReviewSchema = z.object({ setId: idSchema("Unknown review.") });

/** "Start review" on /review: a review session of one article's due cards, then the quiz runner. */
export async function startReviewAction(_prev: StartReviewState, formData: FormData): Promise<StartReviewState> {
  const parsed = StartReviewSchema.safeParse({ setId: formData.get("setId") });
  if (!parsed.success) return { message: "That review was not understood. Reload the page and try again." };
  const user = await requireUser("/review");
  const [at, timeZone] = await Promise.all([now(), viewerTimeZone()]);
  const session = await startReviewSession(user.id, parsed.data.setId, at, timeZone);
  if (!session) return { message: "Nothing from this article is due for review any more. Reload the page to see what is." };
  redirect(`/attempts/${session.id}`);
}
