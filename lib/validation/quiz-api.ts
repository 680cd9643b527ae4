import { z } from "zod";
import { QuizModeSchema } from "./quiz";
import { idSchema, slugSchema } from "./ids";

// Request bodies of the quiz's JSON API (app/api/attempts/…).

export const StartAttemptBodySchema = z.object({
  slug: slugSchema("unknown article"),
  mode: QuizModeSchema.default("practice"),
});

export const ResponseBodySchema = z.object({
  questionId: idSchema("unknown question"),
  answer: z.union([z.string().max(500), z.array(z.string().max(500)).max(40)], { message: "must be a string or a list of strings" }),
});

export const PositionBodySchema = z.object({
  questionId: idSchema("unknown question"),
  delta: z.union([z.literal(1), z.literal(-1)], { message: "must be 1 or -1" }),
});
