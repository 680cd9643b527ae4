import "server-only";
import { networkInterfaces } from "node:os";
import { headers } from "next/headers";
import { publicOrigin, type PublicOrigin } from "@/lib/site/public-origin";
import { env } from "./env";

/**
 * The site's public origin for links people share (join links and their QR codes): NEXTAUTH_URL when it names an
 * address others can reach, else the address this request came to (see lib/site/public-origin.ts).
 */
export async function sitePublicOrigin(): Promise<PublicOrigin> {
  const h = await headers();
  return publicOrigin(env().NEXTAUTH_URL, { host: h.get("host"), forwardedHost: h.get("x-forwarded-host"), forwardedProto: h.get("x-forwarded-proto") });
}

/**
 * This server's addresses on the local network (IPv4, not loopback) with the port `origin` uses: where a teacher
 * viewing Lectio at localhost could open it instead so that phones on the same network can follow the link.
 */
export function localNetworkOrigins(origin: string): string[] {
  const url = new URL(origin);
  const port = url.port ? `:${url.port}` : "";
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((a) => (a && a.family === "IPv4" && !a.internal ? [`${url.protocol}//${a.address}${port}`] : []))
    .slice(0, 3);
}
