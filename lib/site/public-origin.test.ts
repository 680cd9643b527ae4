import { describe, expect, it } from "vitest";
import { isLoopbackHost, publicOrigin } from "./public-origin";

describe("isLoopbackHost", () => {
  it("knows the addresses that mean this computer", () => {
    for (const h of ["localhost", "LOCALHOST", "app.localhost", "127.0.0.1", "127.1.2.3", "0.0.0.0", "::1", "[::1]"]) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ["192.168.1.20", "10.0.0.5", "lectio.example.org", "localhost.example.org", "128.0.0.1"]) expect(isLoopbackHost(h), h).toBe(false);
  });
});

describe("publicOrigin", () => {
  it("uses the configured public URL when it is one others can reach", () => {
    expect(publicOrigin("https://lectio.example.org/some/path", { host: "localhost:3000" })).toEqual({ origin: "https://lectio.example.org", source: "configured", loopback: false });
  });
  it("treats a localhost NEXTAUTH_URL (npm start's default) as not set, and uses the address the page was opened at", () => {
    expect(publicOrigin("http://localhost:3000", { host: "192.168.1.20:3000" })).toEqual({ origin: "http://192.168.1.20:3000", source: "request", loopback: false });
    expect(publicOrigin(undefined, { host: "192.168.1.20:3000" })).toEqual({ origin: "http://192.168.1.20:3000", source: "request", loopback: false });
  });
  it("says when that address only works on this computer", () => {
    expect(publicOrigin("http://localhost:3000", { host: "localhost:3000" })).toEqual({ origin: "http://localhost:3000", source: "request", loopback: true });
    expect(publicOrigin(undefined, { host: "127.0.0.1:3400" })).toMatchObject({ loopback: true });
    expect(publicOrigin(undefined, { host: null })).toEqual({ origin: "http://localhost:3000", source: "request", loopback: true });
  });
  it("follows a proxy's forwarded host and protocol (first value only)", () => {
    expect(publicOrigin(undefined, { host: "127.0.0.1:3000", forwardedHost: "school.example.org, other", forwardedProto: "https, http" })).toEqual({
      origin: "https://school.example.org",
      source: "request",
      loopback: false,
    });
  });
});
