import "server-only";

/** Who is asking: a signed-in user (userId) and/or the browser's guest id. Every attempt query filters by it. */
export interface Viewer {
  userId: string | null;
  guestId: string;
}

/** Prisma `where` fragment for rows owned by this viewer: their account's, or this browser's unclaimed guest rows. */
export function ownedBy(viewer: Viewer) {
  const or: ({ userId: string } | { guestId: string; userId: null })[] = [{ guestId: viewer.guestId, userId: null }];
  if (viewer.userId) or.push({ userId: viewer.userId });
  return { OR: or };
}
