/** Deterministic hashing and pseudo-randomness: the same input always gives the same output. */

/** FNV-1a, 32-bit. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A 12-hex-digit id from a text: fnv1a with two seeds (0x811c9dc5 and 0x9747b28c), in one pass. Given several
 * parts, the id of the parts joined by "|", without joining them.
 */
export function hashId(...parts: string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      h1 = Math.imul(h1 ^ 124, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ 124, 0x01000193) >>> 0;
    }
    const text = parts[p];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
    }
  }
  const a = h1.toString(16).padStart(8, "0");
  const b = h2.toString(16).padStart(8, "0");
  return (a + b).slice(0, 12);
}

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle drawing from `rng` (a copy; `items` is left as it is). */
export function shuffleWith<T>(items: readonly T[], rng: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A deterministic shuffle keyed by a seed and a salt (e.g. the question's text). */
export function shuffled<T>(items: readonly T[], seed: number, salt: string): T[] {
  return shuffleWith(items, makeRng(fnv1a(salt, seed >>> 0 || 1)));
}
