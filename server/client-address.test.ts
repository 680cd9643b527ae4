import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, installClientAddressHook, requestAddressKey, requestIsHttps } from "./client-address";

// A plain Node HTTP server stands for the one `next start` creates: the hook patches every http.Server.
let server: http.Server;
let url: string;

beforeAll(async () => {
  installClientAddressHook(0);
  server = http.createServer((req, res) => {
    const headers = { get: (name: string) => (req.headers[name] as string | undefined) ?? null };
    res.end(req.url === "/proto" ? (requestIsHttps(headers) ? "https" : "http") : requestAddressKey(headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const keyFor = async (headers: Record<string, string> = {}) => (await fetch(url, { headers })).text();

describe("client-address hook (issue 16, item 6)", () => {
  it("by default keys on the connecting address however X-Forwarded-For is rotated", async () => {
    installClientAddressHook(0);
    expect(await keyFor()).toBe("127.0.0.1");
    for (const forwarded of ["203.0.113.1", "203.0.113.2", "198.51.100.3, 203.0.113.4"]) {
      expect(await keyFor({ "X-Forwarded-For": forwarded, "X-Real-IP": forwarded })).toBe("127.0.0.1");
    }
  });

  it("replaces a client's own client-address header", async () => {
    installClientAddressHook(0);
    expect(await keyFor({ [CLIENT_ADDRESS_HEADER]: "anything 203.0.113.9" })).toBe("127.0.0.1");
    // Without the hook's token, a header is not believed (a request that came before the hook was installed).
    expect(requestAddressKey({ get: () => "forged http 203.0.113.9" })).toBe("unknown");
  });

  it("reads the proxy's entry when TRUSTED_PROXIES is 1", async () => {
    installClientAddressHook(1);
    expect(await keyFor({ "X-Forwarded-For": "1.2.3.4, 203.0.113.7" })).toBe("203.0.113.7");
    expect(await keyFor({ "X-Forwarded-For": "2001:db8:5:6::1" })).toBe("2001:db8:5:6::/64");
    installClientAddressHook(0);
  });

  it("believes X-Forwarded-Proto only from a trusted proxy", async () => {
    const httpsFor = async (headers: Record<string, string>) => {
      const res = await fetch(url.replace(/\/$/, "/proto"), { headers });
      return res.text();
    };
    installClientAddressHook(0);
    expect(await httpsFor({ "X-Forwarded-Proto": "https" })).toBe("http");
    installClientAddressHook(1);
    expect(await httpsFor({ "X-Forwarded-Proto": "https" })).toBe("https");
    expect(await httpsFor({ "X-Forwarded-Proto": "http" })).toBe("http");
    installClientAddressHook(0);
  });
});
