import "server-only";
import { generateQuestionSet, MIN_INPUT_WORDS, QgenInputError } from "@/lib/qgen";
import type { QuestionSetOutput } from "@/lib/qgen/types";
import { countWords, normalizeBody } from "@/lib/content/normalize";
import { MAX_ARTICLE_CHARS } from "@/lib/validation/teacher-article";
import { fail, type Failure } from "./working-set";

// An article's text checked and questioned, with a message a teacher can act on for every way it can fail.

export function generate(title: string, body: string): { ok: true; output: QuestionSetOutput } | Failure {
  try {
    const output = generateQuestionSet({ title, body });
    if (output.questions.length === 0) {
      return fail(
        "Lectio found no facts to ask about in this text. Add more of the article (full sentences with names, numbers and events).",
        "body",
      );
    }
    return { ok: true, output };
  } catch (error) {
    if (!(error instanceof QgenInputError)) throw error;
    const words = countWords(body);
    const messages: Record<QgenInputError["code"], string> = {
      empty: "Paste the article's text, or upload a .md or .txt file.",
      binary: "The text looks like binary data, not an article. Paste plain text, or upload a .md or .txt file saved as UTF-8.",
      too_long: `The text is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters. Split the article and add it in parts.`,
      too_short: `The text is too short to question: ${words} word${words === 1 ? "" : "s"}, and Lectio needs at least ${MIN_INPUT_WORDS}. Paste the whole article.`,
    };
    return fail(messages[error.code], "body");
  }
}

/** Normalise and check an article text before any row is written. */
export function prepareBody(raw: string): { ok: true; body: string } | Failure {
  const body = normalizeBody(raw);
  if (body.length === 0) return fail("Paste the article's text, or upload a .md or .txt file.", "body");
  if (body.length > MAX_ARTICLE_CHARS) {
    return fail(`The text has ${body.length.toLocaleString("en-US")} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en-US")}. Split the article and add it in parts.`, "body");
  }
  return { ok: true, body };
}
