import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { isOverload, overloadSafe } from "./overload";

const known = (code: string, message: string) => new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: Prisma.prismaVersion.client });

describe("a saturated database answers 503 with Retry-After, not 500 (issue 20)", () => {
  it("knows the errors that mean the database is busy, and no others", () => {
    expect(isOverload(known("P2028", "Transaction API error: Unable to start a transaction in the given time."))).toBe(true);
    expect(isOverload(known("P2024", "Timed out fetching a new connection from the connection pool."))).toBe(true);
    expect(isOverload(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }))).toBe(true);
    expect(isOverload(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isOverload(known("P2002", "Unique constraint failed"))).toBe(false);
    expect(isOverload(new TypeError("x is undefined"))).toBe(false);
    expect(isOverload("busy")).toBe(false);
  });

  it("turns them into 503 with Retry-After and a message, lets real faults through, and passes answers on", async () => {
    const busy = await overloadSafe(async () => {
      throw known("P2028", "Transaction API error: Unable to start a transaction in the given time.");
    });
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await busy.json()).error).toMatch(/busy.*nothing was saved/i);

    await expect(overloadSafe(async () => {
      throw new TypeError("x is undefined");
    })).rejects.toThrow(TypeError);

    const ok = await overloadSafe(async () => new Response("fine", { status: 201 }));
    expect(ok.status).toBe(201);
  });
});
