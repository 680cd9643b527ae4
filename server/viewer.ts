import "server-only";
import { randomUUID } from "node:crypto";
import { getSessionUser } from "./auth";
import { ensureGuestId, readGuestId } from "./guest";
import type { Viewer } from "./data/viewer-scope";

export type { Viewer };

async function sessionUserId(): Promise<string | null> {
  return (await getSessionUser())?.id ?? null;
}

/**
 * The viewer for reads (pages). Without a guest cookie the guest id is a fresh random id that owns nothing,
 * so queries filtered by it find nothing; the cookie itself is only set by `ensureViewer` in server actions.
 */
export async function getViewer(): Promise<Viewer> {
  const [userId, guestId] = await Promise.all([sessionUserId(), readGuestId()]);
  return { userId, guestId: guestId ?? randomUUID() };
}

/** The viewer for writes (server actions): sets the guest cookie when this browser has none yet. */
export async function ensureViewer(): Promise<Viewer> {
  const [userId, guestId] = await Promise.all([sessionUserId(), ensureGuestId()]);
  return { userId, guestId };
}
