// What the client-address hook (server/client-address.ts) worked out about a request, read back from the header it
// wrote. No `server-only` here: proxy.ts reads it too (like server/api/guard.ts).
import { addressKey, UNKNOWN_ADDRESS } from "@/lib/net/client-address";

/** Written by the hook on every request: "<token> <http|https> <address>". */
export const CLIENT_ADDRESS_HEADER = "x-lectio-client-address";

export type HookState = { token: string; trustedProxies: number };
const STATE = Symbol.for("lectio.clientAddressHook");
const globals = globalThis as typeof globalThis & { [STATE]?: HookState };

export function hookState(): HookState | undefined {
  return globals[STATE];
}

export function setHookState(state: HookState): void {
  globals[STATE] = state;
}

type HeaderSource = { get(name: string): string | null };

/** The hook's reading of this request, or null when the header is missing or lacks the hook's token (forged). */
function read(headers: HeaderSource): { https: boolean; address: string } | null {
  const state = hookState();
  if (!state) {
    warnOnce();
    return null;
  }
  const [token, proto, address] = (headers.get(CLIENT_ADDRESS_HEADER) ?? "").split(" ");
  return token === state.token && address ? { https: proto === "https", address } : null;
}

/**
 * The key the rate limits count this request's client under (an address; IPv6 by /64). A header without the
 * hook's token (forged, or the hook not installed) is UNKNOWN_ADDRESS.
 */
export function requestAddressKey(headers: HeaderSource): string {
  const meta = read(headers);
  return meta ? addressKey(meta.address) : UNKNOWN_ADDRESS;
}

/** Whether the browser reached Lectio over https: a TLS socket, or X-Forwarded-Proto from a trusted proxy. */
export function requestIsHttps(headers: HeaderSource): boolean {
  return read(headers)?.https ?? false;
}

let warned = false;
function warnOnce() {
  if (warned) return;
  warned = true;
  console.warn("Lectio: the client-address hook is not installed (instrumentation.ts did not run); rate limits count every client as one.");
}
