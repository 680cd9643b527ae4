// Checks every state-changing API request before any route runs (proxy.ts): it must come from this site (Origin)
// and carry JSON (a cross-site HTML form can send neither without a CORS preflight, which Lectio never grants).

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function problem(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}

/** The origins this site answers on: the request's own (Host header) and NEXTAUTH_URL's. */
function ownOrigins(request: Request, siteUrl: string | undefined): Set<string> {
  const origins = new Set<string>();
  try {
    origins.add(new URL(request.url).origin);
  } catch {
    /* a request always has a URL; nothing to add otherwise */
  }
  const host = request.headers.get("host");
  if (host) {
    origins.add(`http://${host}`);
    origins.add(`https://${host}`);
  }
  if (siteUrl) {
    try {
      origins.add(new URL(siteUrl).origin);
    } catch {
      /* checked at start-up (server/env.ts) */
    }
  }
  return origins;
}

/**
 * null when the request may go on; otherwise the 403/415 answer. Safe methods always go on. A request from a
 * browser says where it comes from (Origin, or at least Sec-Fetch-Site): another site's is refused. Scripts
 * that send neither header (curl, the load bench) are no cross-site threat and go on to the JSON check.
 */
export function guardApiRequest(request: Request, siteUrl = process.env.NEXTAUTH_URL): Response | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (!ownOrigins(request, siteUrl).has(origin)) {
      return problem(403, "This request came from another site (its Origin header is not this site's), so it was refused.");
    }
  } else if (request.headers.get("sec-fetch-site") === "cross-site") {
    return problem(403, "This request came from another site, so it was refused.");
  }
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return problem(415, "Send the request as JSON with Content-Type: application/json (an empty body is {}).");
  }
  return null;
}

/**
 * A 400 for a path that is not valid percent-encoding ("/articles/%C0%AF"): route parameters are decoded
 * before any page runs, and a URIError there would otherwise be a 500.
 */
export function guardPathEncoding(pathname: string): Response | null {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return null;
  } catch {
    return new Response("Bad request: the address contains invalid percent-encoding (%…).\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
}

/** The largest form body a page takes (next.config.ts: serverActions.bodySizeLimit). */
export const MAX_FORM_BYTES = 3 * 1024 * 1024;

/**
 * A POST to a page with `multipart/form-data` is a form for a server action: Next parses it before any action runs
 * and answers 500 when it cannot (no boundary, a body cut short, one over the limit). Such a body is refused here
 * with a 400 (413 when too large) instead. A well-formed multipart body ends with its closing delimiter
 * (`--boundary--`), so only its last bytes are looked at; the body is read from a copy and passed on untouched.
 */
export async function guardPageForm(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) return null;
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (!boundary) return problem(400, "A form must be sent as multipart/form-data with a boundary.");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_FORM_BYTES) return problem(413, `The form is larger than ${MAX_FORM_BYTES / 1024 / 1024} MB, the most Lectio takes.`);
  const body = new Uint8Array(await request.clone().arrayBuffer());
  if (body.byteLength > MAX_FORM_BYTES) return problem(413, `The form is larger than ${MAX_FORM_BYTES / 1024 / 1024} MB, the most Lectio takes.`);
  const end = new TextDecoder().decode(body.subarray(Math.max(0, body.byteLength - 200))).trimEnd();
  if (!end.endsWith(`--${boundary[1] ?? boundary[2]}--`)) return problem(400, "The form's body is cut short or malformed.");
  return null;
}
