import { z } from "zod";

// Short texts that other people see: display names, class names, article titles and sources, tags (issue 16,
// item 15). They are stored normalised, and refused when nothing visible is left or when they hold characters that
// can't be shown or that make text read differently from how it is stored.

/** Format characters (zero-width spaces and joiners, BOM, soft hyphen, direction marks), combining marks, and letters that draw nothing. */
const INVISIBLE = /[\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800\u180E]/gu;
/** Explicit direction embeddings, overrides and isolates: U+202A–U+202E, U+2066–U+2069 ("Trojan Source"). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** C0 and C1 control characters (NUL included) left after whitespace is collapsed, and lone surrogates. */
const CONTROLS = /[\p{Cc}\p{Cs}]/u;
/** Whitespace and invisible format characters at either end. */
const EDGES = /^[\s\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u180E]+|[\s\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u180E]+$/gu;

/**
 * NFC, runs of whitespace (tabs, newlines, no-break spaces…) as one space, whitespace and invisible format
 * characters trimmed from the ends ("Ana\u200B" is "Ana"). Use `textProblem` on the text before trimming the
 * invisible ends, so that a text of only invisible characters is named as such rather than as empty.
 */
export function normaliseText(value: string): string {
  return collapse(value).replace(EDGES, "");
}

function collapse(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Why a normalised text can't be shown as it is, or null. `what`: "this name", "the title"… */
export function textProblem(value: string, what: string): string | null {
  if (BIDI_CONTROLS.test(value)) return `Remove the text-direction override characters from ${what}: they make text read differently from how it is stored.`;
  if (CONTROLS.test(value)) return `Remove the control characters from ${what}: they can't be shown.`;
  if (value.length > 0 && value.replace(INVISIBLE, "").replace(/\s/g, "") === "") return `Use visible letters, numbers or symbols: ${what} has only invisible characters.`;
  return null;
}

/**
 * A schema for one such text: normalised, then `empty` when nothing is left, `tooLong` past `max` characters, and
 * the problems above with a message naming `what`.
 */
export function displayText({ what, empty, max, tooLong, optional = false }: { what: string; empty: string; max: number; tooLong: string; optional?: boolean }) {
  return z
    .string({ message: empty })
    .transform(collapse)
    .pipe(
      z
        .string()
        .min(optional ? 0 : 1, empty)
        .superRefine((value, ctx) => {
          const problem = textProblem(value, what);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        })
        .transform(normaliseText)
        .pipe(z.string().max(max, tooLong)),
    );
}

/**
 * A name from elsewhere (a GitHub or Google profile), made safe to show instead of refused: normalised, without
 * direction overrides or control characters, cut to `max`; null when nothing visible is left.
 */
export function cleanExternalName(value: string | null | undefined, max = 80): string | null {
  if (!value) return null;
  const cleaned = normaliseText(normaliseText(value).replace(new RegExp(BIDI_CONTROLS, "g"), "").replace(new RegExp(CONTROLS, "gu"), " ")).slice(0, max).trim();
  return cleaned && !textProblem(cleaned, "") ? cleaned : null;
}
