import { z } from "zod";
import { idSchema } from "./ids";
import { displayText, normaliseText, textProblem } from "./text";

/** Longest article text Lectio accepts, in characters (after normalisation). */
export const MAX_ARTICLE_CHARS = 200_000;
/** Largest uploaded .md/.txt file, in bytes (a 200,000-character text fits with room for multi-byte letters). */
export const MAX_UPLOAD_BYTES = 800 * 1024;
export const UPLOAD_EXTENSIONS = [".md", ".txt"] as const;

export const LEVELS = ["Beginner", "Intermediate", "Advanced"] as const;
export const VISIBILITIES = ["private", "classes", "public"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  private: "Only me",
  classes: "My classes",
  public: "Everyone (library)",
};

const Id = idSchema();

/** Tags typed as "history, europe, politics": trimmed, de-duplicated, at most 12 of at most 40 characters. */
export const TagsSchema = z
  .string()
  .max(600, "Tags are too long.")
  .transform((value) => [...new Set(value.split(",").map(normaliseText).filter((t) => t.length > 0))])
  .pipe(
    z
      .array(
        z
          .string()
          .max(40, "Each tag can have at most 40 characters.")
          .superRefine((tag, ctx) => {
            const problem = textProblem(tag, "a tag");
            if (problem) ctx.addIssue({ code: "custom", message: problem });
          }),
      )
      .max(12, "Use at most 12 tags."),
  );

export const ArticleDetailsSchema = z.object({
  title: displayText({ what: "the title", empty: "Give the article a title.", max: 200, tooLong: "The title can have at most 200 characters." }),
  source: displayText({ what: "the source", empty: "", max: 200, tooLong: "The source can have at most 200 characters.", optional: true }).default(""),
  level: z.enum(LEVELS, { message: "Choose a level." }),
  tags: TagsSchema,
  visibility: z.enum(VISIBILITIES, { message: "Choose who can see the article." }),
});
export type ArticleDetails = z.infer<typeof ArticleDetailsSchema>;

export const TOO_LONG_MESSAGE = `The text is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters. Split the article and add it in parts.`;

/** An article's text as typed or pasted (normalisation and the "too short to question" check come later). */
export const ArticleTextSchema = z
  .string()
  .refine((v) => v.trim().length > 0, "Paste the article's text, or upload a .md or .txt file.")
  .refine((v) => v.length <= MAX_ARTICLE_CHARS, { message: TOO_LONG_MESSAGE });

export const NewArticleSchema = ArticleDetailsSchema.extend({ body: ArticleTextSchema });
export type NewArticleInput = z.infer<typeof NewArticleSchema>;

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Check an uploaded file and decode it as UTF-8 text: a .md or .txt name, at most MAX_UPLOAD_BYTES, valid UTF-8,
 * and no binary content (NUL bytes or many control characters). Shared by the browser preview and the server.
 */
export function decodeUpload(name: string, bytes: Uint8Array): DecodeResult {
  const lower = name.toLowerCase();
  if (!UPLOAD_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return { ok: false, message: "Upload a .md or .txt file (other file types are not read)." };
  }
  if (bytes.byteLength === 0) return { ok: false, message: "The file is empty." };
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    return {
      ok: false,
      message: `The file is ${Math.ceil(bytes.byteLength / 1024)} KB; the limit is ${MAX_UPLOAD_BYTES / 1024} KB. Split the article and add it in parts.`,
    };
  }
  if (bytes.includes(0)) return { ok: false, message: "The file looks binary, not text. Upload a .md or .txt file saved as UTF-8." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: "The file is not UTF-8 text. Save it as UTF-8 (\"Unicode\") and upload it again." };
  }
  const controls = text.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g);
  if (controls && controls.length > Math.max(3, text.length / 1000)) {
    return { ok: false, message: "The file looks binary, not text. Upload a .md or .txt file saved as UTF-8." };
  }
  return { ok: true, text };
}

/** Markdown front matter at the top of an uploaded file: removed from the body; its title is used when none is typed. */
export function splitFrontMatter(text: string): { title: string | null; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { title: null, body: text };
  const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(match[1])?.[1] ?? null;
  return { title, body: text.slice(match[0].length) };
}

// ---------------------------------------------------------------- questions

export const MANUAL_TYPES = ["multiple_choice", "true_false", "short_answer", "fill_blank"] as const;
export type ManualType = (typeof MANUAL_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<string, string> = {
  multiple_choice: "Multiple choice",
  true_false: "True or false",
  fill_blank: "Fill in the blank",
  short_answer: "Short answer",
  matching: "Matching",
  not_said: "Not said",
  main_idea: "Main idea",
};

const Prompt = z.string().trim().min(1, "Write the question.").max(500, "The question can have at most 500 characters.");
const Explanation = z.string().trim().max(1000, "The explanation can have at most 1,000 characters.").default("");
const Option = z.string().trim().max(200, "An option can have at most 200 characters.");

/** Options as typed (blank rows ignored) and the index of the correct one among the typed rows. */
const Options = z
  .object({ choices: z.array(Option).max(8), correct: z.coerce.number().int().min(0, "Mark the correct option.") })
  .transform(({ choices, correct }, ctx) => {
    const answer = choices[correct]?.trim() ?? "";
    const kept = choices.map((c) => c.trim()).filter((c) => c.length > 0);
    if (kept.length < 3) ctx.addIssue({ code: "custom", path: ["choices"], message: "Give at least three options." });
    if (kept.length > 6) ctx.addIssue({ code: "custom", path: ["choices"], message: "Give at most six options." });
    const folded = kept.map((c) => c.toLowerCase());
    if (new Set(folded).size !== folded.length) ctx.addIssue({ code: "custom", path: ["choices"], message: "Each option must be different." });
    if (!answer) ctx.addIssue({ code: "custom", path: ["correct"], message: "Mark the correct option (it cannot be blank)." });
    return { choices: kept, answer };
  });

/**
 * A matching question's pairs as typed: each row an item (left column) and its match (right column). A row left
 * blank on both sides is dropped; three to six pairs, no item or match twice.
 */
const Pairs = z
  .object({ items: z.array(Option).max(8), matches: z.array(Option).max(8) })
  .transform(({ items, matches }, ctx) => {
    const rows = Array.from({ length: Math.max(items.length, matches.length) }, (_, i) => ({ item: items[i]?.trim() ?? "", match: matches[i]?.trim() ?? "" }));
    if (rows.some((r) => (r.item === "") !== (r.match === ""))) {
      ctx.addIssue({ code: "custom", path: ["pairs"], message: "Give both sides of each pair, or clear both to remove it." });
    }
    const kept = rows.filter((r) => r.item !== "" && r.match !== "");
    if (kept.length < 3) ctx.addIssue({ code: "custom", path: ["pairs"], message: "Give at least three pairs." });
    if (kept.length > 6) ctx.addIssue({ code: "custom", path: ["pairs"], message: "Give at most six pairs." });
    const distinct = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length;
    if (!distinct(kept.map((r) => r.item))) ctx.addIssue({ code: "custom", path: ["pairs"], message: "Each item must be different." });
    if (!distinct(kept.map((r) => r.match))) ctx.addIssue({ code: "custom", path: ["pairs"], message: "Each match must be different." });
    return { items: kept.map((r) => r.item), matches: kept.map((r) => r.match) };
  });

/** An edit of an existing question's wording, options, correct answer and explanation. */
export const QuestionEditSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("choice"), questionId: Id, prompt: Prompt, explanation: Explanation, options: Options }),
  z.object({
    kind: z.literal("typed"),
    questionId: Id,
    prompt: Prompt,
    explanation: Explanation,
    answer: z.string().trim().min(1, "Give the correct answer.").max(200, "The answer can have at most 200 characters."),
    accept: z
      .string()
      .max(1000)
      .default("")
      .transform((v) => [...new Set(v.split(/[\n,]/).map((a) => a.trim()).filter((a) => a.length > 0))].slice(0, 12)),
  }),
  z.object({
    kind: z.literal("true_false"),
    questionId: Id,
    prompt: Prompt,
    explanation: Explanation,
    answer: z.enum(["True", "False"], { message: "Choose whether the statement is true or false." }),
  }),
  z.object({ kind: z.literal("matching"), questionId: Id, prompt: Prompt, explanation: Explanation, pairs: Pairs }),
]);
export type QuestionEdit = z.infer<typeof QuestionEditSchema>;

/** A question written by hand, with its evidence chosen by selecting text in the article. */
export const ManualQuestionSchema = z
  .object({
    articleId: Id,
    type: z.enum(MANUAL_TYPES, { message: "Choose a question type." }),
    prompt: Prompt,
    explanation: Explanation,
    evidenceStart: z.coerce.number({ message: "Select the sentence that answers the question in the article." }).int().min(0),
    evidenceEnd: z.coerce.number({ message: "Select the sentence that answers the question in the article." }).int().min(0),
    choices: z.array(Option).max(8).default([]),
    correct: z.coerce.number().int().default(-1),
    answer: z.string().trim().max(200, "The answer can have at most 200 characters.").default(""),
  })
  .superRefine((q, ctx) => {
    if (q.evidenceEnd <= q.evidenceStart) {
      ctx.addIssue({ code: "custom", path: ["evidence"], message: "Select the sentence that answers the question in the article." });
    }
    if (q.type === "short_answer" && !q.answer) ctx.addIssue({ code: "custom", path: ["answer"], message: "Give the correct answer." });
    if (q.type === "fill_blank") {
      if (!q.answer) ctx.addIssue({ code: "custom", path: ["answer"], message: "Give the missing words." });
      const blanks = q.prompt.match(/_{3,}/g)?.length ?? 0;
      if (blanks !== 1) {
        ctx.addIssue({ code: "custom", path: ["prompt"], message: blanks === 0 ? "Mark the missing words with _____ (five underscores)." : "Leave only one blank (_____) in the sentence." });
      }
    }
    if (q.type === "true_false" && (q.correct < 0 || q.correct > 1)) {
      ctx.addIssue({ code: "custom", path: ["correct"], message: "Choose whether the statement is true or false." });
    }
  })
  .transform((q, ctx) => {
    if (q.type === "short_answer") return { ...q, choices: undefined, answerText: q.answer };
    // a blank of any length becomes the usual one, after the usual lead-in
    if (q.type === "fill_blank") return { ...q, prompt: `Fill in the blank: ${q.prompt.replace(/^fill in the blank:?\s*/i, "").replace(/_{3,}/, "_____")}`, choices: undefined, answerText: q.answer };
    if (q.type === "true_false") return { ...q, choices: ["True", "False"], answerText: q.correct === 0 ? "True" : "False" };
    const parsed = Options.safeParse({ choices: q.choices, correct: q.correct });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { ...q, choices: parsed.data.choices, answerText: parsed.data.answer };
  });
export type ManualQuestionInput = z.infer<typeof ManualQuestionSchema>;

export const QuestionRefSchema = z.object({ questionId: Id });
export const MoveQuestionSchema = z.object({ questionId: Id, direction: z.enum(["up", "down"]) });
export const ArticleRefSchema = z.object({ articleId: Id });

/** A short message for the first issue of each field, keyed by the field's top-level name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((p) => typeof p === "string").join(".") || "form";
    const top = key.split(".")[0] === "options" ? key.split(".").slice(1).join(".") || "options" : key.split(".")[0];
    (out[top] ??= []).push(issue.message);
  }
  return out;
}
