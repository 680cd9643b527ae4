import "server-only";
import { db } from "../db";

/** The cookie that identifies a guest's quiz attempts (httpOnly; set by the quiz code in server/guest.ts). */
export const GUEST_COOKIE = "lectio_guest";

/**
 * Move a guest's attempts to an account: every attempt with this guestId and no owner gets `userId`.
 * Attempts that already belong to someone are never touched. Returns how many attempts were claimed.
 */
export async function claimGuestAttempts(userId: string, guestId: string | null | undefined): Promise<number> {
  if (!guestId || guestId.length > 200) return 0;
  const { count } = await db.attempt.updateMany({ where: { guestId, userId: null }, data: { userId } });
  return count;
}
