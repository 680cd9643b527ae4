import { NextResponse, type NextRequest } from "next/server";
import { guardApiRequest, guardPageForm, guardPathEncoding } from "@/server/api/guard";
import { pageResponse, withTransportSecurity } from "@/server/security-headers";

/**
 * Runs before every route (static assets aside): a path that is not valid percent-encoding is a 400, and
 * state-changing API calls (next-auth's own aside, which check their CSRF token) must come from this site and
 * carry JSON (server/api/guard.ts); a form posted to a page must be whole multipart (a malformed one made Next
 * answer 500). Pages get a Content-Security-Policy with a fresh nonce, and every answer HSTS
 * when the site is served over https (server/security-headers.ts).
 */
export async function proxy(request: NextRequest) {
  const bad = guardPathEncoding(request.nextUrl.pathname);
  if (bad) return bad;
  const path = request.nextUrl.pathname;
  if (path.startsWith("/api/")) {
    const refused = path.startsWith("/api/auth/") ? null : guardApiRequest(request);
    return withTransportSecurity(request, refused ?? NextResponse.next());
  }
  const form = await guardPageForm(request);
  if (form) return withTransportSecurity(request, form);
  return pageResponse(request);
}

export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
