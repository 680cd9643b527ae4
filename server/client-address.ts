import "server-only";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { addressKey, clientAddress, UNKNOWN_ADDRESS } from "@/lib/net/client-address";

/**
 * Next.js does not give pages, actions or route handlers the address a request came from: it copies the socket
 * address into X-Forwarded-For only when the client sent no such header, and keeps a client's header as sent. So
 * the rate limits could not tell a forged header from a proxy's (issue 16, item 6).
 *
 * `installClientAddressHook` (run once per server process from instrumentation.ts, before Next handles requests)
 * sees every request as it reaches Node's HTTP server, works out the client's address from the socket and the
 * trusted part of X-Forwarded-For (TRUSTED_PROXIES), and writes it into CLIENT_ADDRESS_HEADER, replacing anything a
 * client sent under that name. The value starts with a random token made when the hook is installed, so a client
 * cannot forge it even for requests that arrived before the hook was in place: those count as UNKNOWN_ADDRESS.
 */
export const CLIENT_ADDRESS_HEADER = "x-lectio-client-address";

type HookState = { token: string; trustedProxies: number };
const STATE = Symbol.for("lectio.clientAddressHook");
const globals = globalThis as typeof globalThis & { [STATE]?: HookState };

export function installClientAddressHook(trustedProxies: number, server: { prototype: http.Server } = http.Server): void {
  const existing = globals[STATE];
  if (existing) {
    existing.trustedProxies = trustedProxies;
    return;
  }
  const state: HookState = { token: randomBytes(16).toString("hex"), trustedProxies };
  globals[STATE] = state;
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
      req.headers[CLIENT_ADDRESS_HEADER] = `${state.token} ${address}`;
    }
    return emit.call(this, event, ...args);
  } as http.Server["emit"];
}

/**
 * The key the rate limits count this request's client under (an address; IPv6 by /64), read from the header the
 * hook wrote. A header without the hook's token (forged, or the hook not installed) is UNKNOWN_ADDRESS.
 */
export function requestAddressKey(headers: { get(name: string): string | null }): string {
  const state = globals[STATE];
  if (!state) {
    warnOnce();
    return UNKNOWN_ADDRESS;
  }
  const value = headers.get(CLIENT_ADDRESS_HEADER);
  if (!value) return UNKNOWN_ADDRESS;
  const [token, address] = value.split(" ");
  return token === state.token && address ? addressKey(address) : UNKNOWN_ADDRESS;
}

let warned = false;
function warnOnce() {
  if (warned) return;
  warned = true;
  console.warn("Lectio: the client-address hook is not installed (instrumentation.ts did not run); rate limits count every client as one.");
}
