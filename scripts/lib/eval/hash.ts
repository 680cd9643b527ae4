import { createHash } from "node:crypto";

/**
 * JSON with every object's keys sorted and no white space; `undefined` fields are left out, as JSON.stringify does,
 * so an absent field and an undefined one hash alike.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    const s = JSON.stringify(value);
    if (s === undefined) throw new TypeError(`cannot encode ${typeof value} as JSON`);
    return s;
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

export interface HashedFields {
  type: string;
  prompt: string;
  choices?: string[];
  items?: string[];
  answer: string | string[];
}

/**
 * An item's identity across generator versions: the first 12 hex digits of the SHA-256 of the canonical JSON of
 * {text, type, prompt, choices, items, answer}. The same question on the same text keeps its hash (and so its
 * verdict) whatever version made it; its evidence, explanation and accepted forms do not count.
 */
export function itemHash(text: string, q: HashedFields): string {
  const key = { text, type: q.type, prompt: q.prompt, choices: q.choices, items: q.items, answer: q.answer };
  return createHash("sha256").update(canonicalJson(key), "utf8").digest("hex").slice(0, 12);
}
