"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/components/form";
import { ChangePasswordSchema, DeleteAccountSchema, ProfileSchema } from "@/lib/validation/auth";
import { endSession, getSessionUser, startSession } from "@/server/auth";
import { changePassword, deleteUser, updateProfile } from "@/server/data/users";

const SIGNED_OUT: FormState = { message: "Your session has ended. Sign in again to change your account." };

function text(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
}

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await getSessionUser();
  if (!user) return SIGNED_OUT;
  const values = { name: text(formData, "name"), role: text(formData, "role") };
  const parsed = ProfileSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const updated = await updateProfile(user.id, parsed.data);
  revalidatePath("/", "layout");
  return { ok: true, message: "Profile saved.", values: { name: updated.name ?? "", role: updated.role } };
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await getSessionUser();
  if (!user) return SIGNED_OUT;
  const parsed = ChangePasswordSchema.safeParse({ currentPassword: text(formData, "currentPassword"), newPassword: text(formData, "newPassword") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await changePassword(user.id, parsed.data.currentPassword, parsed.data.newPassword);
  if (!result.ok) return { fieldErrors: result.fieldErrors, message: result.message };
  // Every other session ended with the old password; this browser stays signed in with a fresh session.
  await startSession({ ...user, sessionVersion: result.sessionVersion });
  return { ok: true, message: "Password changed. You were signed out everywhere else; use your new password next time you sign in." };
}

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await getSessionUser();
  if (!user) return SIGNED_OUT;
  const values = { confirmEmail: text(formData, "confirmEmail") };
  const parsed = DeleteAccountSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const result = await deleteUser(user.id, parsed.data.confirmEmail);
  if (!result.ok) return { fieldErrors: result.fieldErrors, message: result.message, values };
  await endSession();
  redirect("/account/deleted");
}
