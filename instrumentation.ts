/**
 * Runs once when a Lectio server process starts, before it handles requests (Next.js instrumentation hook).
 * Installs the client-address hook: rate limits key on the connecting address, or on the trusted part of
 * X-Forwarded-For when TRUSTED_PROXIES says proxies are in front (server/client-address.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ installClientAddressHook }, { env }] = await Promise.all([import("./server/client-address"), import("./server/env")]);
  installClientAddressHook(env().TRUSTED_PROXIES);
}
