"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/form";
import { decodeUpload, fieldErrorsOf, NewArticleSchema, splitFrontMatter } from "@/lib/validation/teacher-article";
import { requireTeacher } from "@/server/auth";
import { createTeacherArticle } from "@/server/data/teacher-articles";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Add an article from pasted text or an uploaded .md/.txt file, generate its questions, open the draft. */
export async function createArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher("/teach/articles/new");
  let title = text(formData, "title");
  let body = text(formData, "body");
  if (formData.get("input") === "file") {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: ["Choose a .md or .txt file to upload."] } };
    const decoded = decodeUpload(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return { fieldErrors: { file: [decoded.message] } };
    const split = splitFrontMatter(decoded.text);
    body = split.body;
    if (!title.trim() && split.title) title = split.title;
  }
  const parsed = NewArticleSchema.safeParse({
    title,
    source: text(formData, "source"),
    level: text(formData, "level"),
    tags: text(formData, "tags"),
    visibility: text(formData, "visibility"),
    body,
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: "Check the highlighted fields." };
  const result = await createTeacherArticle(teacher.id, parsed.data);
  if (!result.ok) return { fieldErrors: result.fieldErrors, message: result.message ?? "Check the highlighted fields." };
  revalidatePath("/teach/articles");
  redirect(`/teach/articles/${result.id}?created=1`);
}
