import { z } from "zod";
import commonPasswords from "./common-passwords.json";
import { displayText } from "./text";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const ROLES = ["student", "teacher"] as const;
export type Role = (typeof ROLES)[number];

const COMMON = new Set(commonPasswords.passwords);
const COMMON_WORDS = new Set(commonPasswords.words);

/** A run of consecutive digits or letters, up or down ("0123456789", "abcdefghij", "9876543210"). */
function isRun(p: string): boolean {
  const codes = [...p].map((c) => c.charCodeAt(0));
  const step = codes[1] - codes[0];
  return (step === 1 || step === -1) && /^([0-9]+|[a-z]+)$/.test(p) && codes.every((c, i) => i === 0 || c - codes[i - 1] === step);
}

/**
 * Whether a password is one people pick first: in the list kept as data (lib/validation/common-passwords.json),
 * a listed word followed only by digits and symbols ("football2024!"), one character or a short group repeated
 * ("aaaaaaaaaa", "abababababab"), or a plain run ("0123456789"). Compared case-insensitively.
 */
export function isCommonPassword(password: string): boolean {
  const p = password.trim().toLowerCase();
  if (COMMON.has(p)) return true;
  const base = p.replace(/[^a-z]+$/, "");
  if (COMMON_WORDS.has(base)) return true;
  if (/^(.{1,4})\1+$/.test(p)) return true;
  if (p.length > 1 && isRun(p)) return true;
  return false;
}

/**
 * Why a password is not acceptable, or null when it is. The same rules apply at sign-up and on password change.
 * Spaces are kept as typed (they are part of the password), but a password that is only spaces is refused and
 * spaces at either end don't count towards the length.
 */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.trim() === "") return password === "" ? "Choose a password." : "A password can't be only spaces. Choose one with letters, numbers or symbols.";
  if (password.trim().length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (isCommonPassword(password)) return "This password is too common. Pick something less guessable — a few unrelated words work well.";
  if (email) {
    const e = email.trim().toLowerCase();
    const p = password.trim().toLowerCase();
    if (p === e || p === e.split("@")[0]) return "Your password can't be your email address.";
  }
  return null;
}

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

/** A display name: normalised, visible, no control or direction-override characters (lib/validation/text.ts). */
export const NameSchema = displayText({ what: "your name", empty: "Enter your name.", max: 80, tooLong: "Use at most 80 characters." });

const RoleSchema = z.enum(ROLES, { error: "Choose student or teacher." });

export const SignUpSchema = z
  .object({
    name: NameSchema,
    email: EmailSchema,
    password: z.string({ error: "Choose a password." }),
    role: RoleSchema,
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, v.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, "That password is too long."),
});

export const ProfileSchema = z.object({ name: NameSchema, role: RoleSchema });

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1, "Choose a new password."),
});

export const DeleteAccountSchema = z.object({
  confirmEmail: z.string().trim().toLowerCase().min(1, "Type your email address to confirm."),
});

/**
 * Where people land after signing in or up when no callbackUrl was given: /home, which sends each person to their
 * own home (homePathFor). Sign-in and sign-up go there directly; OAuth sign-ins pass through the /home page.
 */
export const AFTER_SIGN_IN = "/home";

/** A person's home: teachers their classes, articles and due assignments; students their dashboard. */
export const homePathFor = (role: string): string => (role === "teacher" ? "/teach" : "/dashboard");

/** A path that a browser reads as a path on this site: "/x", never "//host" or "/\\host" (protocol-relative). */
const isLocalPath = (path: string) => path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");

/**
 * A callbackUrl is followed only when it is a path on this site ("/x", not "//evil.com" or "https://…"). The
 * value is judged twice: as given, and after URL parsing, since parsing removes dot segments ("/.//evil.example"
 * becomes "//evil.example", which a browser would take for another host).
 */
export function safeCallbackPath(value: unknown, fallback = AFTER_SIGN_IN): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!isLocalPath(value)) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://lectio.invalid");
    if (url.origin !== "http://lectio.invalid") return fallback;
    const path = url.pathname + url.search + url.hash;
    return isLocalPath(path) ? path : fallback;
  } catch {
    return fallback;
  }
}

/** The one message for a wrong email or a wrong password (issue 16: no user enumeration). */
export const WRONG_CREDENTIALS_MESSAGE =
  "That email and password don't match an account. Check both and try again (accounts made with GitHub or Google sign in with that button)";

/** Sign-in errors passed from the Credentials provider to the sign-in page (next-auth forwards the message). */
export const SIGN_IN_ERRORS = {
  invalid: "InvalidInput",
  /** Unknown email, wrong password, or an account without a password: one answer, so sign-in can't tell which emails have accounts. */
  wrongCredentials: "WrongCredentials",
  rateLimited: "RateLimited", // followed by ":<seconds>"
} as const;
