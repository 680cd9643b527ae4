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

/** The largest JSON body any API call takes (an answer is a few hundred bytes). */
export const MAX_JSON_BYTES = 64 * 1024;

/** The body as text, or null once it passes `max` bytes (declared or read): it is never held whole. */
async function readCapped(request: Request, max: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * Reads a JSON request body through a zod schema. Requires `Content-Type: application/json` (which a
 * cross-site form cannot send without a CORS preflight). Returns the data or the 4xx response to send.
 */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<{ data: z.infer<T> } | { response: NextResponse }> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return { response: jsonError(415, "Send the body as JSON with Content-Type: application/json.") };
  }
  const text = await readCapped(request, MAX_JSON_BYTES);
  if (text === null) {
    return { response: jsonError(413, `The body is larger than ${MAX_JSON_BYTES / 1024} KB, the most any Lectio API call takes.`) };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
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

