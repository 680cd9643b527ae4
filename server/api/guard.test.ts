import { describe, expect, it } from "vitest";
import { guardApiRequest, guardPageForm, guardPathEncoding, MAX_FORM_BYTES } from "./guard";

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

describe("forms posted to pages (fuzz: malformed multipart made Next answer 500)", () => {
  const post = (type: string | null, body: string) =>
    new Request("http://localhost/join", { method: "POST", body, headers: type ? { "content-type": type } : {}, duplex: "half" } as RequestInit);
  const whole = '------x\r\nContent-Disposition: form-data; name="code"\r\n\r\nK7QM3XP\r\n------x--\r\n';

  it("passes a whole multipart form, and anything that is not one", async () => {
    expect(await guardPageForm(post("multipart/form-data; boundary=----x", whole))).toBeNull();
    expect(await guardPageForm(post('multipart/form-data; boundary="----x"', whole))).toBeNull();
    expect(await guardPageForm(post("text/plain;charset=UTF-8", '["$K1"]'))).toBeNull();
    expect(await guardPageForm(new Request("http://localhost/join"))).toBeNull();
  });

  it("answers 400 with a message for a form without a boundary or cut short, 413 for one too large", async () => {
    const noBoundary = await guardPageForm(post("multipart/form-data", whole));
    expect(noBoundary?.status).toBe(400);
    expect(await noBoundary?.json()).toEqual({ error: expect.stringMatching(/boundary/) });
    expect((await guardPageForm(post("multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n%%%%')))?.status).toBe(400);
    const big = post("multipart/form-data; boundary=----x", "a".repeat(MAX_FORM_BYTES + 1) + whole);
    expect((await guardPageForm(big))?.status).toBe(413);
  });
});
