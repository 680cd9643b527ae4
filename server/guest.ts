import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { secureRequest } from "./auth";
import { GUEST_COOKIE } from "./data/guest-claim";

export { GUEST_COOKIE };
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The guest id from the `lectio_guest` cookie, or null when there is none (or it is malformed). Works anywhere. */
export async function readGuestId(): Promise<string | null> {
  const value = (await cookies()).get(GUEST_COOKIE)?.value;
  return value && UUID.test(value) ? value.toLowerCase() : null;
}

/**
 * The guest id, creating the cookie on first use. Cookies can only be set from server actions and route
 * handlers, so call this there (starting a quiz), never from a page render.
 */
export async function ensureGuestId(): Promise<string> {
  const existing = await readGuestId();
  if (existing) return existing;
  const id = randomUUID();
  (await cookies()).set(GUEST_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: await secureRequest(),
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
  });
  return id;
}
