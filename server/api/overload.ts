import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { jsonError } from "./json";

/**
 * Errors that say the database is saturated, not that the request is wrong: a transaction that could not start in
 * time (Prisma P2028), no pooled connection in time (P2024), SQLite still busy after its timeout, a PostgreSQL
 * pool or server out of connections. Anything else is a real fault and stays one.
 */
export function isOverload(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2028" || error.code === "P2024";
  if (!(error instanceof Error)) return false;
  const text = `${error.message} ${(error as { code?: unknown }).code ?? ""} ${error.cause instanceof Error ? error.cause.message : ""}`;
  return /Unable to start a transaction in the given time|SQLITE_BUSY|database is locked|timeout exceeded when trying to connect|too many clients already|remaining connection slots are reserved/i.test(text);
}

/** Seconds a client is asked to wait before it sends the request again (every quiz write is idempotent). */
export const RETRY_AFTER_SECONDS = 2;

/**
 * Runs an API handler; when the database is saturated, answers 503 with Retry-After instead of a 500, so the client
 * knows nothing was stored and to send again (every quiz write is idempotent).
 */
export async function overloadSafe(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (!isOverload(error)) throw error;
    const response = jsonError(503, "Lectio is busy right now: nothing was saved. Try again in a moment.");
    response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
    return response;
  }
}
