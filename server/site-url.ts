import "server-only";
import { headers } from "next/headers";
import { env } from "./env";

/** The site's public origin for links people share (join links): NEXTAUTH_URL when set, else the request's host. */
export async function siteOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
