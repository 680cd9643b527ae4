import { describe, expect, it } from "vitest";
import { addressKey, clientAddress, normaliseAddress } from "./client-address";

describe("clientAddress (issue 16, item 6: proxy headers trusted only when configured)", () => {
  it("ignores X-Forwarded-For by default: the connecting address is the client", () => {
    for (const forwardedFor of [undefined, "203.0.113.1", "203.0.113.2, 198.51.100.9", "garbage"]) {
      expect(clientAddress({ socket: "192.0.2.10", forwardedFor, trustedProxies: 0 })).toBe("192.0.2.10");
    }
  });

  it("with N trusted proxies, reads the entry N places left of the socket and never what the client wrote before it", () => {
    // One proxy (nginx $proxy_add_x_forwarded_for): the client's forged entries come first, the proxy appends the real one.
    expect(clientAddress({ socket: "10.0.0.2", forwardedFor: "203.0.113.5", trustedProxies: 1 })).toBe("203.0.113.5");
    expect(clientAddress({ socket: "10.0.0.2", forwardedFor: "1.1.1.1, 2.2.2.2, 203.0.113.5", trustedProxies: 1 })).toBe("203.0.113.5");
    // Two proxies: a CDN appends the client, the load balancer appends the CDN.
    expect(clientAddress({ socket: "10.0.0.2", forwardedFor: "9.9.9.9, 203.0.113.5, 172.16.0.4", trustedProxies: 2 })).toBe("203.0.113.5");
    // Fewer hops than configured: the furthest entry known.
    expect(clientAddress({ socket: "10.0.0.2", forwardedFor: "203.0.113.5", trustedProxies: 3 })).toBe("203.0.113.5");
    expect(clientAddress({ socket: "10.0.0.2", forwardedFor: undefined, trustedProxies: 1 })).toBe("10.0.0.2");
  });

  it("counts what is not an address as unknown", () => {
    expect(clientAddress({ socket: "10.0.0.2", forwardedFor: "not-an-ip", trustedProxies: 1 })).toBe("unknown");
    expect(clientAddress({ socket: undefined, forwardedFor: undefined, trustedProxies: 0 })).toBe("unknown");
  });
});

describe("normaliseAddress", () => {
  it("removes ports, brackets and zones and unmaps IPv4", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("203.0.113.5:4431")).toBe("203.0.113.5");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normaliseAddress("example.org")).toBeNull();
    expect(normaliseAddress("")).toBeNull();
  });
});

describe("addressKey", () => {
  it("counts IPv4 by address and IPv6 by /64", () => {
    expect(addressKey("203.0.113.5")).toBe("203.0.113.5");
    expect(addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("unknown")).toBe("unknown");
  });
});
