import { z } from "zod";
import { QuizModeSchema } from "./quiz";

// Request bodies of the quiz's JSON API (app/api/attempts/…).

export const StartAttemptBodySchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,120}$/, "unknown article"),
  mode: QuizModeSchema.default("practice"),
});

export const ResponseBodySchema = z.object({
  questionId: z.string().regex(/^[a-z0-9]{10,40}$/, "unknown question"),
  answer: z.union([z.string().max(500), z.array(z.string().max(500)).max(40)], { message: "must be a string or a list of strings" }),
});

export const PositionBodySchema = z.object({
  questionId: z.string().regex(/^[a-z0-9]{10,40}$/, "unknown question"),
  delta: z.union([z.literal(1), z.literal(-1)], { message: "must be 1 or -1" }),
});
