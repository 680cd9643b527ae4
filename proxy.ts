import { NextResponse, type NextRequest } from "next/server";
import { guardApiRequest, guardPathEncoding } from "@/server/api/guard";

/**
 * Runs before every route (static assets aside): a path that is not valid percent-encoding is a 400, and
 * state-changing API calls (next-auth's own aside, which check their CSRF token) must come from this site and
 * carry JSON. See server/api/guard.ts.
 */
export function proxy(request: NextRequest) {
  const bad = guardPathEncoding(request.nextUrl.pathname);
  if (bad) return bad;
  if (request.nextUrl.pathname.startsWith("/api/") && !request.nextUrl.pathname.startsWith("/api/auth/")) {
    return guardApiRequest(request) ?? NextResponse.next();
  }
  return NextResponse.next();
}

export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
