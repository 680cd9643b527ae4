"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/components/form";
import { ClassIdSchema, CreateAssignmentSchema, CreateClassSchema, RemoveStudentSchema, RenameClassSchema } from "@/lib/validation/classes";
import { requireTeacher } from "@/server/auth";
import { createAssignment } from "@/server/data/assignments";
import { createClass, removeStudent, renameClass, setClassArchived } from "@/server/data/classes";

// Teacher actions. Each: a signed-in teacher (requireTeacher: sign-in redirect or 404), zod, then server/data,
// whose queries only touch the teacher's own classes. A class that is not theirs answers 404.

const fieldErrors = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;

export async function createClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher("/teach");
  const parsed = CreateClassSchema.safeParse({ name: formData.get("name") });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values: { name: String(formData.get("name") ?? "") } };
  const created = await createClass(teacher.id, parsed.data.name);
  revalidatePath("/teach");
  redirect(`/teach/classes/${created.id}`);
}

export async function renameClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher("/teach");
  const parsed = RenameClassSchema.safeParse({ classId: formData.get("classId"), name: formData.get("name") });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values: { name: String(formData.get("name") ?? "") } };
  if (!(await renameClass(teacher.id, parsed.data.classId, parsed.data.name))) notFound();
  revalidatePath("/teach");
  revalidatePath(`/teach/classes/${parsed.data.classId}`);
  return { ok: true, message: "Class renamed.", values: { name: parsed.data.name } };
}

export async function setArchivedAction(formData: FormData): Promise<void> {
  const teacher = await requireTeacher("/teach");
  const parsed = ClassIdSchema.extend({ archived: z.enum(["true", "false"]) }).safeParse({
    classId: formData.get("classId"),
    archived: formData.get("archived"),
  });
  if (!parsed.success) notFound();
  if (!(await setClassArchived(teacher.id, parsed.data.classId, parsed.data.archived === "true"))) notFound();
  revalidatePath("/teach");
  revalidatePath(`/teach/classes/${parsed.data.classId}`);
}

export async function removeStudentAction(formData: FormData): Promise<void> {
  const teacher = await requireTeacher("/teach");
  const parsed = RemoveStudentSchema.safeParse({ classId: formData.get("classId"), studentId: formData.get("studentId") });
  if (!parsed.success) notFound();
  if (!(await removeStudent(teacher.id, parsed.data.classId, parsed.data.studentId))) notFound();
  revalidatePath(`/teach/classes/${parsed.data.classId}`);
}

export async function createAssignmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher("/teach");
  const input = {
    classId: formData.get("classId"),
    setId: formData.get("setId") ?? "",
    dueAt: formData.get("dueAt") ?? "",
    attemptsAllowed: formData.get("attemptsAllowed"),
    mode: formData.get("mode"),
    questionIds: formData.get("subset") === "on" ? formData.getAll("questionIds") : [],
    allowPractice: formData.get("allowPractice") === "on",
  };
  // Every choice goes back with an error, so the form shows it as the teacher left it.
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const values = {
    setId: text("setId"),
    dueLocal: text("dueLocal"),
    attemptsAllowed: text("attemptsAllowed"),
    mode: text("mode"),
    allowPractice: text("allowPractice"),
    subset: text("subset"),
    questionIds: formData.getAll("questionIds").filter((v) => typeof v === "string").join(","),
  };
  const parsed = CreateAssignmentSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), message: "Check the highlighted fields.", values };
  if (formData.get("subset") === "on" && parsed.data.questionIds.length === 0) {
    return { fieldErrors: { questionIds: ["Tick at least one question, or assign the whole set."] }, message: "Check the highlighted fields.", values };
  }
  const result = await createAssignment(teacher.id, parsed.data);
  if (!result.ok) {
    if ("notFound" in result) notFound();
    return { fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, [v]])), message: "Check the highlighted fields.", values };
  }
  revalidatePath(`/teach/classes/${parsed.data.classId}`);
  redirect(`/teach/classes/${parsed.data.classId}?assigned=1`);
}
