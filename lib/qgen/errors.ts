/** Why an input cannot be turned into questions. */
export type QgenInputErrorCode = "empty" | "binary" | "too_long" | "too_short";

/** Bad input for the generator: the CLI prints `message` as one line on stderr and exits non-zero. */
export class QgenInputError extends Error {
  readonly code: QgenInputErrorCode;
  constructor(code: QgenInputErrorCode, message: string) {
    super(message);
    this.name = "QgenInputError";
    this.code = code;
  }
}

export const MAX_INPUT_CHARS = 200_000;
export const MIN_INPUT_WORDS = 25;

/** Throws QgenInputError for input no quiz can be made from. */
export function checkInput(title: string, body: string, words: number): void {
  if (body.trim().length === 0) throw new QgenInputError("empty", "input is empty: give an article's text");
  // NUL bytes, or many other C0 control characters, mean binary data rather than prose.
  const controls = body.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g);
  if (body.includes("\u0000") || (controls !== null && controls.length > Math.max(3, body.length / 1000)))
    throw new QgenInputError("binary", "input looks binary, not text: give a .md or .txt article");
  if (body.length + title.length > MAX_INPUT_CHARS)
    throw new QgenInputError(
      "too_long",
      `input is too long: ${body.length} characters (at most ${MAX_INPUT_CHARS}); split the article`,
    );
  if (words < MIN_INPUT_WORDS)
    throw new QgenInputError("too_short", `input is too short to question: ${words} words (at least ${MIN_INPUT_WORDS})`);
}
