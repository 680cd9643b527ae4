import { z } from "zod";

/** Where the embedded SQLite database lives when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./.data/lectio.db";

const databaseUrl = z
  .string()
  .trim()
  .refine((v) => /^file:.+/.test(v) || /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(v), {
    message: "must be file:./path/to.db (SQLite) or postgresql://user@host:5432/database",
  });

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());
const optional = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

export const EnvSchema = z.object({
  DATABASE_URL: z.preprocess((v) => (v === "" || v === undefined ? DEFAULT_DATABASE_URL : v), databaseUrl),
  PORT: z.preprocess(
    (v) => (v === "" || v === undefined ? "3000" : v),
    z.string().regex(/^\d+$/, "must be a whole number").transform(Number).pipe(z.number().int().min(1, "must be 1–65535").max(65535, "must be 1–65535")),
  ),
  NEXTAUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32, "must be at least 32 characters").optional()),
  NEXTAUTH_URL: optionalUrl,
  /**
   * How many proxies in front of Lectio append to X-Forwarded-For (issue 16, item 6). 0 (the default): the header
   * is ignored and the client is the address connecting to the server. N: the client is the entry N places from
   * the right of the chain ending in that address.
   */
  TRUSTED_PROXIES: z.preprocess(
    (v) => (v === "" || v === undefined ? "0" : v),
    z.string().trim().regex(/^\d+$/, "must be a whole number of proxies (0 when none)").transform(Number).pipe(z.number().int().max(10, "must be 0–10")),
  ),
  REDIS_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^rediss?:\/\//, "must start with redis://").optional()),
  GITHUB_ID: optional,
  GITHUB_SECRET: optional,
  GOOGLE_CLIENT_ID: optional,
  GOOGLE_CLIENT_SECRET: optional,
});

export type Env = z.infer<typeof EnvSchema>;

export type DatabaseProvider = "sqlite" | "postgresql";

export function providerOf(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** Parse an environment; on failure, one line naming each bad variable and what it must be. */
export function parseEnv(source: Record<string, string | undefined>): { ok: true; env: Env } | { ok: false; message: string } {
  const result = EnvSchema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
  return { ok: false, message: `Lectio: invalid configuration: ${problems.join("; ")}` };
}
