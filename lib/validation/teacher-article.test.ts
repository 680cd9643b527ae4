import { describe, expect, it } from "vitest";
import {
  ArticleDetailsSchema,
  decodeUpload,
  fieldErrorsOf,
  ManualQuestionSchema,
  MAX_UPLOAD_BYTES,
  NewArticleSchema,
  QuestionEditSchema,
  splitFrontMatter,
} from "./teacher-article";

const utf8 = (s: string) => new TextEncoder().encode(s);
const ID = "ckxxxxxxxxxxxxxxxxxxxxxxx";

describe("article details and text", () => {
  const base = { title: "  The mill  ", source: "", level: "Beginner", tags: "history, History , local,, ", visibility: "private" };

  it("trims, de-duplicates tags and accepts a valid article", () => {
    const r = NewArticleSchema.parse({ ...base, body: "Some text." });
    expect(r.title).toBe("The mill");
    expect(r.tags).toEqual(["history", "History", "local"]);
  });

  it("rejects an empty title, empty text and text over 200,000 characters with clear messages", () => {
    const empty = NewArticleSchema.safeParse({ ...base, title: " ", body: "   \n " });
    expect(empty.success).toBe(false);
    const errors = fieldErrorsOf(empty.error!);
    expect(errors.title?.[0]).toMatch(/title/);
    expect(errors.body?.[0]).toMatch(/Paste the article's text/);
    const long = NewArticleSchema.safeParse({ ...base, body: "a".repeat(200_001) });
    expect(fieldErrorsOf(long.error!).body?.[0]).toMatch(/longer than 200,000 characters/);
    expect(NewArticleSchema.safeParse({ ...base, body: "a".repeat(200_000) }).success).toBe(true);
  });

  it("rejects an unknown visibility or level and too many tags", () => {
    expect(ArticleDetailsSchema.safeParse({ ...base, visibility: "world" }).success).toBe(false);
    expect(ArticleDetailsSchema.safeParse({ ...base, level: "Expert" }).success).toBe(false);
    const tags = Array.from({ length: 13 }, (_, i) => `t${i}`).join(",");
    expect(fieldErrorsOf(ArticleDetailsSchema.safeParse({ ...base, tags }).error!).tags?.[0]).toMatch(/at most 12/);
  });
});

describe("uploads", () => {
  it("decodes UTF-8 .md and .txt files", () => {
    expect(decodeUpload("a.txt", utf8("Café ünïcode — ok"))).toEqual({ ok: true, text: "Café ünïcode — ok" });
    expect(decodeUpload("A.MD", utf8("# Title")).ok).toBe(true);
  });

  it("refuses other extensions, empty, oversized, binary and non-UTF-8 files", () => {
    expect(decodeUpload("a.pdf", utf8("x"))).toMatchObject({ ok: false, message: expect.stringMatching(/\.md or \.txt/) });
    expect(decodeUpload("a.txt", new Uint8Array())).toMatchObject({ ok: false, message: "The file is empty." });
    expect(decodeUpload("a.txt", new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(65))).toMatchObject({ ok: false, message: expect.stringMatching(/limit is 800 KB/) });
    expect(decodeUpload("a.txt", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({ ok: false, message: expect.stringMatching(/binary/) });
    // Latin-1 "café" is not valid UTF-8.
    expect(decodeUpload("a.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({ ok: false, message: expect.stringMatching(/not UTF-8/) });
    const controls = utf8("text" + "\u0001\u0002\u0003\u0004\u0005".repeat(3));
    expect(decodeUpload("a.txt", controls)).toMatchObject({ ok: false, message: expect.stringMatching(/binary/) });
  });

  it("takes the title from front matter and removes it from the body", () => {
    expect(splitFrontMatter('---\ntitle: "Tide mill"\nlevel: Beginner\n---\nBody here.')).toEqual({ title: "Tide mill", body: "Body here." });
    expect(splitFrontMatter("No front matter.")).toEqual({ title: null, body: "No front matter." });
  });
});

describe("question edits", () => {
  it("keeps typed options, drops blank rows and takes the marked one as the answer", () => {
    const r = QuestionEditSchema.parse({ kind: "choice", questionId: ID, prompt: "Who?", explanation: "", options: { choices: ["A", "", "B", "C"], correct: 2 } });
    expect(r.kind === "choice" && r.options).toEqual({ choices: ["A", "B", "C"], answer: "B" });
  });

  it("refuses duplicate options, fewer than three and a blank correct option", () => {
    const dup = QuestionEditSchema.safeParse({ kind: "choice", questionId: ID, prompt: "Who?", options: { choices: ["A", "a", "B"], correct: 0 } });
    expect(fieldErrorsOf(dup.error!).choices?.[0]).toBe("Each option must be different.");
    const few = QuestionEditSchema.safeParse({ kind: "choice", questionId: ID, prompt: "Who?", options: { choices: ["A", "B"], correct: 0 } });
    expect(fieldErrorsOf(few.error!).choices?.[0]).toBe("Give at least three options.");
    const blank = QuestionEditSchema.safeParse({ kind: "choice", questionId: ID, prompt: "Who?", options: { choices: ["A", "B", "C", ""], correct: 3 } });
    expect(fieldErrorsOf(blank.error!).correct?.[0]).toMatch(/Mark the correct option/);
  });

  it("reads a matching question's pairs: blank rows dropped; half pairs, fewer than three and repeats refused", () => {
    const matching = (items: string[], matches: string[]) => QuestionEditSchema.safeParse({ kind: "matching", questionId: ID, prompt: "Match them.", pairs: { items, matches } });
    const r = matching(["Ada", " Grace ", "", "Alan"], ["wrote notes", "found a bug ", "", "broke codes"]);
    expect(r.success && r.data.kind === "matching" && r.data.pairs).toEqual({ items: ["Ada", "Grace", "Alan"], matches: ["wrote notes", "found a bug", "broke codes"] });
    expect(fieldErrorsOf(matching(["Ada", "Grace", "Alan"], ["wrote notes", "found a bug", ""]).error!).pairs?.[0]).toBe("Give both sides of each pair, or clear both to remove it.");
    expect(fieldErrorsOf(matching(["Ada", "Grace"], ["wrote notes", "found a bug"]).error!).pairs?.[0]).toBe("Give at least three pairs.");
    expect(fieldErrorsOf(matching(["Ada", "ada", "Alan"], ["wrote notes", "found a bug", "broke codes"]).error!).pairs?.[0]).toBe("Each item must be different.");
    expect(fieldErrorsOf(matching(["Ada", "Grace", "Alan"], ["wrote notes", "Wrote notes", "broke codes"]).error!).pairs?.[0]).toBe("Each match must be different.");
  });

  it("splits accepted typed answers on commas and lines", () => {
    const r = QuestionEditSchema.parse({ kind: "typed", questionId: ID, prompt: "When?", answer: "1761", accept: "seventeen sixty-one,\n 1761 ,," });
    expect(r.kind === "typed" && r.accept).toEqual(["seventeen sixty-one", "1761"]);
  });
});

describe("hand-written questions", () => {
  const base = { articleId: ID, prompt: "When was the mill built?", explanation: "", evidenceStart: "10", evidenceEnd: "40" };

  it("needs a selected evidence span", () => {
    const r = ManualQuestionSchema.safeParse({ ...base, type: "short_answer", answer: "1761", evidenceStart: "", evidenceEnd: "" });
    expect(r.success).toBe(false);
    const same = ManualQuestionSchema.safeParse({ ...base, type: "short_answer", answer: "1761", evidenceEnd: "10" });
    expect(fieldErrorsOf(same.error!).evidence?.[0]).toMatch(/Select the sentence/);
  });

  it("builds true/false and multiple-choice answers", () => {
    expect(ManualQuestionSchema.parse({ ...base, type: "true_false", correct: "1" })).toMatchObject({ choices: ["True", "False"], answerText: "False" });
    expect(ManualQuestionSchema.parse({ ...base, type: "multiple_choice", choices: ["1761", "1938", "1890"], correct: "0" })).toMatchObject({
      choices: ["1761", "1938", "1890"],
      answerText: "1761",
    });
    expect(ManualQuestionSchema.safeParse({ ...base, type: "short_answer", answer: "" }).success).toBe(false);
  });

  it("builds a fill-in-the-blank from a sentence with one blank of any length", () => {
    const blank = (prompt: string, answer = "1761") => ManualQuestionSchema.safeParse({ ...base, type: "fill_blank", prompt, answer });
    const r = blank("The mill was built in ___.");
    expect(r.success && r.data).toMatchObject({ prompt: "Fill in the blank: The mill was built in _____.", answerText: "1761" });
    expect(blank("Fill in the blank: The mill was built in ________.").data?.prompt).toBe("Fill in the blank: The mill was built in _____.");
    expect(fieldErrorsOf(blank("The mill was built in 1761.").error!).prompt?.[0]).toBe("Mark the missing words with _____ (five underscores).");
    expect(fieldErrorsOf(blank("The ___ was built in ___.").error!).prompt?.[0]).toBe("Leave only one blank (_____) in the sentence.");
    expect(fieldErrorsOf(blank("The mill was built in _____.", "").error!).answer?.[0]).toBe("Give the missing words.");
  });
});
