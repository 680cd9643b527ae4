"use server";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/form";
import { JoinCodeSchema } from "@/lib/validation/classes";
import { getSessionUser, requestIp, requireUser } from "@/server/auth";
import { getClassToJoin, joinClass } from "@/server/data/classes";
import { tooManyCodesMessage } from "./_components/too-many-codes";

/** /join: checks the typed code, then opens its confirmation page. */
export async function findClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = String(formData.get("code") ?? "");
  const parsed = JoinCodeSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: { code: [parsed.error.issues[0]?.message ?? "Enter a class code."] }, values: { code: raw } };
  const user = await getSessionUser();
  const found = await getClassToJoin(parsed.data, { ip: await requestIp(), userId: user?.id });
  if (found.status === "rate_limited") return { fieldErrors: { code: [tooManyCodesMessage(found)] }, values: { code: raw } };
  if (found.status === "not_found") {
    return { fieldErrors: { code: [`No open class has the code ${parsed.data}. Check it with your teacher.`] }, values: { code: raw } };
  }
  redirect(`/join/${parsed.data}`);
}

/** /join/[code]: enrols the signed-in user. */
export async function joinClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = JoinCodeSchema.safeParse(String(formData.get("code") ?? ""));
  const user = await requireUser(parsed.success ? `/join/${parsed.data}` : "/join");
  if (!parsed.success) return { message: parsed.error.issues[0]?.message };
  const result = await joinClass(user.id, parsed.data, await requestIp());
  switch (result.status) {
    case "rate_limited":
      return { message: tooManyCodesMessage(result) };
    case "not_found":
      return { message: "This class code no longer works. Ask your teacher for the current one." };
    case "own_class":
      return { message: "This is your own class: share the code with your students." };
    case "already":
      return { ok: true, message: `You are already in ${result.name}. Its assignments are on your dashboard.` };
    case "joined":
      return { ok: true, message: `You joined ${result.name}. Its assignments are on your dashboard.` };
  }
}
