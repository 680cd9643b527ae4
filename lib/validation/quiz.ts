import { z } from "zod";
import { idSchema, slugSchema } from "./ids";

export const QuizModeSchema = z.enum(["practice", "test"], { message: "Choose practice or test mode." });
export type QuizMode = z.infer<typeof QuizModeSchema>;

const Id = idSchema();

export const StartQuizSchema = z.object({
  slug: slugSchema(),
  mode: QuizModeSchema,
});

/** What the runner sends. `answer` is the option text, the typed text, or one option per matching item. */
export const AnswerFormSchema = z.object({
  attemptId: Id,
  questionId: Id,
  intent: z.enum(["check", "continue", "next", "back", "submit", "unanswered"], { message: "Unknown action." }),
  answer: z.union([z.string().max(500), z.array(z.string().max(500)).max(40)]).optional(),
});

export const AttemptIdSchema = z.object({ attemptId: Id });

/** Turns the runner's form into AnswerFormSchema's input: `answer`, or `match-0`, `match-1`, … for matching. */
export function answerFormInput(formData: FormData): Record<string, unknown> {
  const matches: string[] = [];
  for (let i = 0; formData.has(`match-${i}`); i++) matches.push(String(formData.get(`match-${i}`) ?? ""));
  const answer = formData.get("answer");
  return {
    attemptId: formData.get("attemptId"),
    questionId: formData.get("questionId"),
    intent: formData.get("intent"),
    answer: matches.length > 0 ? matches : typeof answer === "string" ? answer : undefined,
  };
}
