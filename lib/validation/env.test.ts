import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, parseEnv, providerOf } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded SQLite database on port 3000", () => {
    const result = parseEnv({});
    expect(result).toMatchObject({ ok: true, env: { DATABASE_URL: DEFAULT_DATABASE_URL, PORT: 3000 } });
  });

  it("accepts a PostgreSQL URL and selects the postgresql provider", () => {
    const result = parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/lectio", PORT: "8080" });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.env.PORT).toBe(8080);
      expect(providerOf(result.env.DATABASE_URL)).toBe("postgresql");
    }
  });

  it("names a bad DATABASE_URL in one line", () => {
    const result = parseEnv({ DATABASE_URL: "mysql://nope" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^Lectio: invalid configuration: DATABASE_URL must be file:/);
      expect(result.message).not.toContain("\n");
    }
  });

  it.each(["abc", "0", "70000", "80.5"])("rejects PORT=%s", (port) => {
    const result = parseEnv({ PORT: port });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("PORT");
  });

  it("rejects a short NEXTAUTH_SECRET", () => {
    const result = parseEnv({ NEXTAUTH_SECRET: "short" });
    expect(result.ok).toBe(false);
  });

  it("trusts no proxy header unless TRUSTED_PROXIES says how many proxies there are", () => {
    expect(parseEnv({})).toMatchObject({ ok: true, env: { TRUSTED_PROXIES: 0 } });
    expect(parseEnv({ TRUSTED_PROXIES: "" })).toMatchObject({ ok: true, env: { TRUSTED_PROXIES: 0 } });
    expect(parseEnv({ TRUSTED_PROXIES: "2" })).toMatchObject({ ok: true, env: { TRUSTED_PROXIES: 2 } });
    for (const bad of ["yes", "-1", "1.5", "11"]) {
      const result = parseEnv({ TRUSTED_PROXIES: bad });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain("TRUSTED_PROXIES");
    }
  });
});
