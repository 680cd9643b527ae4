import { isIP } from "node:net";

/** What the rate limits key on when no address can be trusted (a misconfigured chain, a malformed entry). */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * One address as a proxy or the socket gives it, tidied: brackets, ports and IPv6 zones removed, IPv4-mapped IPv6
 * ("::ffff:10.0.0.1") written as IPv4. Null when it is not an IP address.
 */
export function normaliseAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  a = a.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) a = mapped[1];
  return isIP(a) ? a : null;
}

/**
 * The client's address (issue 16, item 6). `forwardedFor` is the X-Forwarded-For header as received; each proxy in
 * front of Lectio appends the address it was reached from, and `socket` is the address that connected to Lectio.
 * With `trustedProxies` = 0 the header is ignored: the socket address is the client. With N, the client is the
 * entry N places left of the socket address: entries further left were written by whoever sent the request and
 * are never read, so rotating them changes nothing.
 */
export function clientAddress({ socket, forwardedFor, trustedProxies }: { socket: string | undefined; forwardedFor: string | undefined; trustedProxies: number }): string {
  const chain = trustedProxies > 0 && forwardedFor ? forwardedFor.split(",").map((s) => s.trim()) : [];
  chain.push(socket ?? "");
  // Fewer entries than trusted proxies: the request came through fewer hops; the leftmost is the furthest known.
  const pick = chain[Math.max(0, chain.length - 1 - trustedProxies)];
  return normaliseAddress(pick) ?? UNKNOWN_ADDRESS;
}

/**
 * The key a client's address is counted under: IPv4 as is, IPv6 by its /64 network (one home or phone usually has a
 * whole /64, so counting single IPv6 addresses would let one person rotate through millions of them).
 */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
