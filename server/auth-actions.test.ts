import { describe, expect, it } from "vitest";
import { isAuthAction } from "./auth-actions";

describe("next-auth endpoints (fuzz: unknown ones answered 500)", () => {
  it("lets next-auth's own endpoints through", () => {
    expect(isAuthAction("GET", ["csrf"])).toBe(true);
    expect(isAuthAction("GET", ["session"])).toBe(true);
    expect(isAuthAction("GET", ["callback", "github"])).toBe(true);
    expect(isAuthAction("POST", ["callback", "credentials"])).toBe(true);
    expect(isAuthAction("POST", ["signout"])).toBe(true);
  });
  it("refuses any other path or method", () => {
    expect(isAuthAction("POST", ["🙂"])).toBe(false);
    expect(isAuthAction("POST", ["..", "..", "etc"])).toBe(false);
    expect(isAuthAction("POST", ["a".repeat(300)])).toBe(false);
    expect(isAuthAction("POST", ["csrf"])).toBe(false);
    expect(isAuthAction("DELETE", ["session"])).toBe(false);
    expect(isAuthAction("GET", ["callback", "<script>"])).toBe(false);
    expect(isAuthAction("GET", [])).toBe(false);
  });
});
