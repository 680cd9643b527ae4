import { describe, expect, it } from "vitest";
import { AFTER_SIGN_IN, isCommonPassword, passwordProblem, safeCallbackPath, SignUpSchema } from "./auth";

describe("passwordProblem", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("violet-harbour-lantern", "ana@example.com")).toBeNull();
  });

  it("rejects passwords shorter than 10 characters", () => {
    expect(passwordProblem("short1!", "ana@example.com")).toMatch(/at least 10 characters/);
    expect(passwordProblem("123456789", undefined)).toMatch(/at least 10 characters/);
    expect(passwordProblem("abcdefghi1")).toBeNull();
  });

  it("rejects common passwords regardless of case", () => {
    expect(passwordProblem("password123")).toMatch(/too common/);
    expect(passwordProblem("QwertyUIOP")).toMatch(/too common/);
    expect(passwordProblem("aaaaaaaaaaaa")).toMatch(/too common/);
    expect(isCommonPassword("1234567890")).toBe(true);
    expect(isCommonPassword("river-stone-47")).toBe(false);
  });

  it("rejects blank and whitespace-only passwords with a clear message (issue 16, item 7)", () => {
    expect(passwordProblem("")).toBe("Choose a password.");
    expect(passwordProblem(" ".repeat(10))).toMatch(/can't be only spaces/);
    expect(passwordProblem("\t \n".repeat(5))).toMatch(/can't be only spaces/);
    // Spaces at the ends don't make a short password long enough; spaces inside count.
    expect(passwordProblem("   abc12   ")).toMatch(/at least 10 characters/);
    expect(passwordProblem("river stone lamp")).toBeNull();
  });

  it("rejects very weak passwords: listed ones, a common word with digits, repeats and runs", () => {
    for (const weak of ["Football2024!", "password!!!!", "student12345", "1212121212", "abcabcabcabc", "0123456789", "zyxwvutsrqpon", "qwerty123456"]) {
      expect(passwordProblem(weak), weak).toMatch(/too common/);
    }
    for (const fine of ["football-river-lamp", "violet-harbour-lantern", "correct horse battery"]) expect(passwordProblem(fine), fine).toBeNull();
  });

  it("keeps its common-password list as data", async () => {
    const data = (await import("./common-passwords.json")).default;
    expect(data.passwords.length).toBeGreaterThan(50);
    expect(data.passwords.every((p: string) => p.length >= 10 && p === p.toLowerCase())).toBe(true);
    for (const p of data.passwords) expect(isCommonPassword(p)).toBe(true);
  });

  it("rejects the email address or its local part as the password", () => {
    expect(passwordProblem("Long.Name@Example.com", "long.name@example.com")).toMatch(/can't be your email/);
    expect(passwordProblem("longername1", "longername1@example.com")).toMatch(/can't be your email/);
  });

  it("rejects absurdly long passwords", () => {
    expect(passwordProblem("x".repeat(150) + "y".repeat(100))).toMatch(/at most/);
  });
});

describe("SignUpSchema", () => {
  const valid = { name: "Ana", email: "Ana@Example.com ", password: "violet-harbour-lantern", role: "student" };

  it("normalises the email", () => {
    const r = SignUpSchema.safeParse(valid);
    expect(r.success && r.data.email).toBe("ana@example.com");
  });

  it("reports each bad field with a message a person can act on", () => {
    const r = SignUpSchema.safeParse({ name: "", email: "not-an-email", password: "password123", role: "admin" });
    expect(r.success).toBe(false);
    const errors = r.error!.flatten().fieldErrors;
    expect(errors.name?.[0]).toMatch(/Enter your name/);
    expect(errors.email?.[0]).toMatch(/valid email/);
    expect(errors.role?.[0]).toMatch(/student or teacher/);
  });

  it("applies the password rules", () => {
    const r = SignUpSchema.safeParse({ ...valid, password: "short" });
    expect(r.success).toBe(false);
    expect(r.error!.flatten().fieldErrors.password?.[0]).toMatch(/at least 10/);
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/articles/x?hl=1-2#evidence")).toBe("/articles/x?hl=1-2#evidence");
    expect(safeCallbackPath("/account")).toBe("/account");
  });

  it("falls back for other sites and odd values", () => {
    for (const bad of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", undefined, 42, "dashboard"]) {
      expect(safeCallbackPath(bad)).toBe(AFTER_SIGN_IN);
    }
    expect(safeCallbackPath("//evil", "/")).toBe("/");
  });

  it("judges the path after URL parsing: dot segments can't make a protocol-relative URL (issue 16)", () => {
    for (const bad of ["/.//evil.example", "/./\\evil.example", "/..//evil.example/x", "/a/..//evil.example", "/%2e//evil.example", "/.%2f/evil.example"]) {
      const out = safeCallbackPath(bad);
      expect(out.startsWith("//") || out.startsWith("/\\")).toBe(false);
    }
    expect(safeCallbackPath("/.//evil.example")).toBe(AFTER_SIGN_IN);
    expect(safeCallbackPath("/./account")).toBe("/account");
  });
});
