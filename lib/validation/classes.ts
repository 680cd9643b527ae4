import { z } from "zod";
import { idSchema } from "./ids";
import { displayText } from "./text";

/** Join codes use letters and digits that can't be mistaken for each other: no 0/O, 1/I/l/L. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 7;

/** A new random join code (`random(n)` returns an integer in [0, n)). */
export function makeJoinCode(random: (n: number) => number): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[random(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a person typed, as a code: upper case, without spaces or dashes. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

const JOIN_CODE_RE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{6,8}$`);

export const JoinCodeSchema = z
  .string({ message: "Enter the class code your teacher gave you." })
  .transform(normaliseJoinCode)
  .pipe(
    z
      .string()
      .min(1, "Enter the class code your teacher gave you.")
      .regex(JOIN_CODE_RE, "That doesn't look like a class code: it has 6 to 8 letters and digits, like K7QM3XP."),
  );

const Id = idSchema();

export const ClassNameSchema = displayText({ what: "the class name", empty: "Give the class a name.", max: 80, tooLong: "Keep the name under 80 characters." });

export const CreateClassSchema = z.object({ name: ClassNameSchema });
export const RenameClassSchema = z.object({ classId: Id, name: ClassNameSchema });
export const ClassIdSchema = z.object({ classId: Id });
export const RemoveStudentSchema = z.object({ classId: Id, studentId: Id });

export const ASSIGNMENT_MODES = ["practice", "test"] as const;
export const MAX_ATTEMPTS_ALLOWED = 10;

/** The assign form. `dueAt` is an ISO date-time made in the browser from the teacher's local date and time. */
export const CreateAssignmentSchema = z.object({
  classId: Id,
  setId: Id.or(z.literal("")).refine((v) => v !== "", "Choose an article to assign."),
  dueAt: z
    .string({ message: "Pick a due date." })
    .min(1, "Pick a due date.")
    .transform((v) => new Date(v))
    .refine((d) => !Number.isNaN(d.getTime()), "Pick a due date.")
    .refine((d) => d.getTime() > Date.now(), "Pick a due date in the future.")
    .refine((d) => d.getTime() < Date.now() + 2 * 365 * 24 * 3600 * 1000, "Pick a due date within the next two years."),
  attemptsAllowed: z.coerce
    .number({ message: "Attempts allowed must be a number." })
    .int("Attempts allowed must be a whole number.")
    .min(1, "Allow at least one attempt.")
    .max(MAX_ATTEMPTS_ALLOWED, `Allow at most ${MAX_ATTEMPTS_ALLOWED} attempts.`),
  mode: z.enum(ASSIGNMENT_MODES, { message: "Choose practice or test mode." }),
  /** Empty: the whole set. */
  questionIds: z.array(Id).max(200).default([]),
  /** Test mode: students may practise the article (seeing answers) before they finish the test. */
  allowPractice: z.boolean().default(false),
});
export type CreateAssignmentInput = z.infer<typeof CreateAssignmentSchema>;

export const StartAssignmentSchema = z.object({ assignmentId: Id });
