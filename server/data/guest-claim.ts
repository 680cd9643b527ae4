import "server-only";
import { db } from "../db";
import { recordReviewsForAttempts } from "./review-cards";

/** The cookie that identifies a guest's quiz attempts (httpOnly; set by the quiz code in server/guest.ts). */
export const GUEST_COOKIE = "lectio_guest";

/**
 * Move a guest's attempts to an account: every attempt with this guestId and no owner gets `userId`.
 * Attempts that already belong to someone are never touched. Returns how many attempts were claimed.
 *
 * Each attempt is claimed in its own transaction together with the spaced-review cards for its responses, so
 * two sign-ins racing over the same guest cookie claim (and review) each attempt exactly once.
 */
export async function claimGuestAttempts(userId: string, guestId: string | null | undefined): Promise<number> {
  if (!guestId || guestId.length > 200) return 0;
  const candidates = await db.attempt.findMany({ where: { guestId, userId: null }, orderBy: { startedAt: "asc" }, select: { id: true } });
  let claimed = 0;
  for (const { id } of candidates) {
    const won = await db.$transaction(async (tx) => {
      const { count } = await tx.attempt.updateMany({ where: { id, guestId, userId: null }, data: { userId } });
      if (count === 1) await recordReviewsForAttempts(userId, [id], tx);
      return count === 1;
    });
    if (won) claimed++;
  }
  return claimed;
}
