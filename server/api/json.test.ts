import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJson } from "./json";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/attempts", { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);

describe("readJson body cap (issue 16, item 9)", () => {
  it("answers 413 with a message for a body over 64 KB, declared or streamed", async () => {
    const big = JSON.stringify({ slug: "x".repeat(100_000) });
    const declared = await readJson(post(big), z.unknown());
    expect("response" in declared && declared.response.status).toBe(413);
    if ("response" in declared) expect((await declared.response.json()).error).toMatch(/larger than 64 KB/);

    const chunk = new TextEncoder().encode("x".repeat(16_384));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await readJson(post(stream), z.unknown());
    expect("response" in streamed && streamed.response.status).toBe(413);
  });

  it("still reads a normal body and refuses bad JSON with 400", async () => {
    expect(await readJson(post(JSON.stringify({ slug: "a" })), z.object({ slug: z.string() }))).toEqual({ data: { slug: "a" } });
    const bad = await readJson(post("{nope"), z.unknown());
    expect("response" in bad && bad.response.status).toBe(400);
  });
});
