// Security headers for every response (issue 16, item 17), set in proxy.ts. No `server-only` here: proxy.ts
// imports it (like server/api/guard.ts). The static ones (nosniff, referrer policy, X-Frame-Options) are in
// next.config.ts.
import { NextResponse, type NextRequest } from "next/server";
import { requestIsHttps } from "./request-meta";

/** Browsers remember for a year to use https only (sent only when the site is served over https). */
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce (Next.js puts it on its own
 * scripts when it finds it in the request's policy) or when loaded by such a script ('strict-dynamic'); no inline
 * event handlers, no other sites. Styles allow 'unsafe-inline': React renders `style` attributes (progress bars,
 * charts) and the print page has a <style> element, which a nonce can't cover; injected CSS can't run code.
 * Development adds 'unsafe-eval' (React's error overlay) and websockets (hot reload).
 */
export function contentSecurityPolicy({ nonce, dev = false, https = false }: { nonce: string; dev?: boolean; https?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Whether this site is served over https: NEXTAUTH_URL says so, or this request came over https (trusted proxy). */
export function servedOverHttps(request: NextRequest, siteUrl = process.env.NEXTAUTH_URL): boolean {
  const configured = (siteUrl ?? "").startsWith("https://");
  const https = requestIsHttps(request.headers);
  if (https && !configured) warnOnce();
  return configured || https;
}

/** Let the request through with a fresh nonce in its policy (for Next.js to apply), and the headers on the response. */
export function pageResponse(request: NextRequest, { dev = process.env.NODE_ENV === "development" } = {}): NextResponse {
  const https = servedOverHttps(request);
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev, https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

/** HSTS on a response that is not a page (API answers). */
export function withTransportSecurity(request: NextRequest, response: Response): Response {
  if (servedOverHttps(request)) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

let warned = false;
function warnOnce() {
  if (warned) return;
  warned = true;
  console.warn("Lectio: requests arrive over https but NEXTAUTH_URL is not https://…: set it to the public https URL so every cookie is Secure.");
}
