"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/components/form";
import { AFTER_SIGN_IN, homePathFor, safeCallbackPath, SignUpSchema } from "@/lib/validation/auth";
import { claimGuestAttemptsFromCookie, requestIp, startSession } from "@/server/auth";
import { formatWait, getSignUpLimiter } from "@/server/rate-limit";
import { createUser } from "@/server/data/users";

function text(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // What the person typed comes back with any error (never the password).
  const values = { name: text(formData, "name"), email: text(formData, "email"), role: text(formData, "role") };
  const parsed = SignUpSchema.safeParse({ ...values, password: text(formData, "password") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };

  const wait = await getSignUpLimiter().take(await requestIp());
  if (wait > 0) return { message: `Too many new accounts from this network. Try again in ${formatWait(wait)}.`, values };

  const result = await createUser(parsed.data);
  if (!result.ok) return { fieldErrors: result.fieldErrors, message: result.message, values };

  await claimGuestAttemptsFromCookie(result.user.id);
  await startSession(result.user);
  const target = safeCallbackPath(formData.get("callbackUrl"));
  redirect(target === AFTER_SIGN_IN ? homePathFor(result.user.role) : target);
}
