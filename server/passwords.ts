import "server-only";
import { hash, verify, type Algorithm } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

/**
 * Password hashing (decision 031): argon2id from @node-rs/argon2 (prebuilt binaries, hashing on libuv's thread
 * pool, not the event loop), with OWASP's parameters: 19 MiB of memory, 2 passes, 1 lane. Unlike bcrypt, every
 * byte of the password counts (bcrypt ignored all past the 72nd). Accounts made before keep their bcrypt hash until
 * the owner next signs in, when it is replaced by an argon2id one.
 */
export const ARGON2_OPTIONS = { algorithm: 2 as Algorithm /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const CURRENT_PARAMS = `m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}`;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Whether a stored hash should be replaced after a successful check: bcrypt, or argon2 with other parameters. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(`$argon2id$v=19$${CURRENT_PARAMS}$`);
}

/** Check a password against a stored hash (argon2id, or a bcrypt hash from before). A malformed hash never matches. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    if (stored.startsWith("$argon2")) return await verify(stored, password);
    if (/^\$2[aby]\$\d\d\$/.test(stored)) return await bcrypt.compare(password, stored);
  } catch {
    // A corrupt hash is a failed check, not a server error.
  }
  return false;
}
