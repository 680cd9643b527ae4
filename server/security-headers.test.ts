import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { contentSecurityPolicy, HSTS } from "./security-headers";

const saved = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = saved;
});

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("security headers (issue 16, item 17)", () => {
  it("pages get a Content-Security-Policy with a fresh nonce, also passed to Next.js in the request", async () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const one = await proxy(new NextRequest("http://localhost:3000/articles/x"));
    const two = await proxy(new NextRequest("http://localhost:3000/articles/x"));
    const policy = one.headers.get("content-security-policy");
    expect(policy).toContain("script-src 'self' 'nonce-");
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(nonceOf(policy)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(two.headers.get("content-security-policy"))).not.toBe(nonceOf(policy));
    // NextResponse.next({ request: { headers } }) hands the policy to the renderer, which puts the nonce on its scripts.
    expect(one.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    // Plain http: no HSTS, no upgrade of subresources.
    expect(one.headers.get("strict-transport-security")).toBeNull();
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("sends HSTS, on pages and API answers, when the public URL is https", async () => {
    process.env.NEXTAUTH_URL = "https://lectio.example.org";
    const page = await proxy(new NextRequest("https://lectio.example.org/"));
    expect(page.headers.get("strict-transport-security")).toBe(HSTS);
    expect(page.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const api = await proxy(new NextRequest("https://lectio.example.org/api/health"));
    expect(api.headers.get("strict-transport-security")).toBe(HSTS);
    expect(api.headers.get("content-security-policy")).toBeNull();
  });

  it("allows what development needs only in development", async () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n" })).not.toContain("'unsafe-eval'");
  });
});
