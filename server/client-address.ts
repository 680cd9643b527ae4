import "server-only";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { clientAddress } from "@/lib/net/client-address";
import { CLIENT_ADDRESS_HEADER, hookState, setHookState } from "./request-meta";

/**
 * Next.js does not give pages, actions or route handlers the address a request came from: it copies the socket
 * address into X-Forwarded-For only when the client sent no such header, and keeps a client's header as sent. So
 * the rate limits could not tell a forged header from a proxy's (issue 16, item 6).
 *
 * `installClientAddressHook` (run once per server process from instrumentation.ts, before Next handles requests)
 * sees every request as it reaches Node's HTTP server, works out the client's address from the socket and the
 * trusted part of X-Forwarded-For (TRUSTED_PROXIES), and whether it came over https, and writes both into
 * CLIENT_ADDRESS_HEADER, replacing anything a client sent under that name. The value starts with a random token
 * made when the hook is installed, so a client cannot forge it even for requests that arrived before the hook was
 * in place: those count as UNKNOWN_ADDRESS (server/request-meta.ts reads it).
 */
export { CLIENT_ADDRESS_HEADER, requestAddressKey, requestIsHttps } from "./request-meta";

export function installClientAddressHook(trustedProxies: number, server: { prototype: http.Server } = http.Server): void {
  const existing = hookState();
  if (existing) {
    existing.trustedProxies = trustedProxies;
    return;
  }
  const state = { token: randomBytes(16).toString("hex"), trustedProxies };
  setHookState(state);
  const emit = server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      const forwarded = req.headers["x-forwarded-for"];
      const address = clientAddress({
        socket: req.socket?.remoteAddress,
        forwardedFor: Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
        trustedProxies: state.trustedProxies,
      });
      req.headers[CLIENT_ADDRESS_HEADER] = `${state.token} ${clientProto(req, state.trustedProxies)} ${address}`;
    }
    return emit.call(this, event, ...args);
  } as http.Server["emit"];
}

/** "https" when the socket is TLS, or when a trusted proxy says so in X-Forwarded-Proto (its first entry); else "http". */
function clientProto(req: http.IncomingMessage, trustedProxies: number): "http" | "https" {
  if ((req.socket as { encrypted?: boolean } | undefined)?.encrypted) return "https";
  if (trustedProxies === 0) return "http";
  const header = req.headers["x-forwarded-proto"];
  const first = (Array.isArray(header) ? header[0] : header)?.split(",")[0]?.trim().toLowerCase();
  return first === "https" ? "https" : "http";
}
