import { describe, expect, it } from "vitest";
import { guardApiRequest, guardPathEncoding } from "./guard";

const url = "http://localhost:3000/api/attempts/abc123abc123/submit";
const req = (headers: Record<string, string>, method = "POST") => new Request(url, { method, headers: { host: "localhost:3000", ...headers } });

describe("state-changing API requests (issue 16, item 12)", () => {
  it("refuses another site's Origin with 403 and a message", async () => {
    const res = guardApiRequest(req({ origin: "https://evil.example", "content-type": "application/json" }));
    expect(res?.status).toBe(403);
    expect((await res!.json()).error).toMatch(/another site/);
    expect(guardApiRequest(req({ "sec-fetch-site": "cross-site", "content-type": "application/json" }))?.status).toBe(403);
    expect(guardApiRequest(req({ origin: "null", "content-type": "application/json" }))?.status).toBe(403);
  });

  it("refuses a body that is not JSON with 415 (a plain cross-site form sends text/plain or form data)", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = guardApiRequest(req({ origin: "http://localhost:3000", "content-type": type }));
      expect(res?.status).toBe(415);
      expect((await res!.json()).error).toMatch(/Content-Type: application\/json/);
    }
    expect(guardApiRequest(req({}))?.status).toBe(415);
  });

  it("lets this site's JSON requests through, and reads", () => {
    expect(guardApiRequest(req({ origin: "http://localhost:3000", "content-type": "application/json" }))).toBeNull();
    expect(guardApiRequest(req({ origin: "https://lectio.example.org", "content-type": "application/json; charset=utf-8" }), "https://lectio.example.org")).toBeNull();
    expect(guardApiRequest(req({ "content-type": "application/json" }))).toBeNull();
    expect(guardApiRequest(req({ origin: "https://evil.example" }, "GET"))).toBeNull();
  });
});

describe("malformed percent-encoding in the path (issue 16, item 14)", () => {
  it("is a 400 with a message, and good paths go on", async () => {
    for (const path of ["/articles/%C0%AF", "/api/attempts/%E0%A4%A", "/teach/classes/%ZZ", "/join/%"]) {
      const res = guardPathEncoding(path);
      expect(res?.status).toBe(400);
      expect(await res!.text()).toMatch(/invalid percent-encoding/);
    }
    expect(guardPathEncoding("/articles/caf%C3%A9")).toBeNull();
    expect(guardPathEncoding("/join/ABC123")).toBeNull();
  });
});
