import "server-only";
import { Prisma } from "@/generated/prisma/client";

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

/**
 * The same rule as `ownedBy`, as a SQL condition on the attempt table aliased `alias`, for the few hot-path
 * reads written in SQL (both databases accept this quoting).
 */
export function ownedBySql(viewer: Viewer, alias: string) {
  const a = Prisma.raw(`"${alias.replace(/[^A-Za-z_]/g, "")}"`);
  const guest = Prisma.sql`(${a}."guestId" = ${viewer.guestId} AND ${a}."userId" IS NULL)`;
  return viewer.userId ? Prisma.sql`(${guest} OR ${a}."userId" = ${viewer.userId})` : guest;
}
