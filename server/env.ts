import "server-only";
import { parseEnv, type Env } from "@/lib/validation/env";

let cached: Env | undefined;

/** The validated environment. A bad value throws one clear line (also checked by `npm start` before serving). */
export function env(): Env {
  if (cached) return cached;
  const result = parseEnv(process.env);
  if (!result.ok) throw new Error(result.message);
  cached = result.env;
  return cached;
}
