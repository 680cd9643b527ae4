"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/components/form";
import { z } from "zod";
import { AFTER_SIGN_IN, homePathFor, safeCallbackPath, SignInSchema, WRONG_CREDENTIALS_MESSAGE } from "@/lib/validation/auth";
import { authenticate, requestIp, startSession } from "@/server/auth";
import { formatWait, SIGN_IN_LIMITS } from "@/server/rate-limit";

function text(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = text(formData, "email");
  const values = { email };
  const parsed = SignInSchema.safeParse({ email, password: text(formData, "password") });
  if (!parsed.success) return { values, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await authenticate(parsed.data, await requestIp());
  if (!result.ok) {
    switch (result.reason) {
      case "invalid":
        return { values, message: "Enter your email address and password." };
      case "wrong_credentials":
        return {
          values,
          message: `${WRONG_CREDENTIALS_MESSAGE}${
            result.remaining !== undefined
              ? ` (${result.remaining} more ${result.remaining === 1 ? "try" : "tries"} before sign-in from this network pauses for ${formatWait(SIGN_IN_LIMITS.perAccountAddress.duration)}).`
              : "."
          }`,
        };
      case "rate_limited":
        return {
          values,
          message: `Too many failed sign-in attempts from this network. For your account's safety, try again in ${formatWait(result.retryAfter ?? 60)}.`,
        };
    }
  }
  await startSession(result.user);
  const target = safeCallbackPath(formData.get("callbackUrl"));
  redirect(target === AFTER_SIGN_IN ? homePathFor(result.user.role) : target);
}
