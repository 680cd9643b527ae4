import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";

/** A JSON error a person can act on. */
export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: message, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

export function json(body: unknown, status = 200) {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Reads a JSON request body through a zod schema. Requires `Content-Type: application/json` (which a
 * cross-site form cannot send without a CORS preflight). Returns the data or the 4xx response to send.
 */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<{ data: z.infer<T> } | { response: NextResponse }> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return { response: jsonError(415, "Send the body as JSON with Content-Type: application/json.") };
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { response: jsonError(400, "The body is not valid JSON.") };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join(".");
    return { response: jsonError(400, field ? `${field}: ${issue.message}` : issue.message) };
  }
  return { data: parsed.data };
}

/** Route ids are cuids; anything else is a 404 without touching the database. */
export const isId = (value: string) => /^[a-z0-9]{10,40}$/.test(value);
