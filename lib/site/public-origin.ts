// Which origin a link people share (a class's join link and QR code) is built on. Pure: no Next.js, no I/O.

/** localhost, *.localhost, 127.0.0.0/8, 0.0.0.0 and ::1: addresses that mean "this computer" to whoever opens them. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(h) || h === "0.0.0.0" || h === "::1" || h === "::";
}

export interface PublicOrigin {
  origin: string;
  /** `configured`: NEXTAUTH_URL names a public address. `request`: none is set, so the address this page was opened at. */
  source: "configured" | "request";
  /** The origin only works on the computer it was opened on (localhost and the like). */
  loopback: boolean;
}

/**
 * The configured public URL (NEXTAUTH_URL) when it names an address others can reach; a loopback URL counts as not
 * set (`npm start` fills in http://localhost:PORT when nothing is configured). Otherwise the request's own host.
 */
export function publicOrigin(configured: string | undefined, request: { host: string | null; forwardedHost?: string | null; forwardedProto?: string | null }): PublicOrigin {
  if (configured) {
    const url = new URL(configured);
    if (!isLoopbackHost(url.hostname)) return { origin: url.origin, source: "configured", loopback: false };
  }
  const host = (request.forwardedHost ?? request.host ?? "localhost:3000").split(",")[0].trim();
  const hostname = new URL(`http://${host}`).hostname;
  const loopback = isLoopbackHost(hostname);
  // Without a forwarded protocol the request reached this server directly, and `next start` serves http.
  const proto = request.forwardedProto?.split(",")[0].trim() === "https" ? "https" : "http";
  return { origin: `${proto}://${host}`, source: "request", loopback };
}
