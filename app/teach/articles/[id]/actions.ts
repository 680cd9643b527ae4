"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/form";
import {
  ArticleDetailsSchema,
  ArticleRefSchema,
  ArticleTextSchema,
  fieldErrorsOf,
  ManualQuestionSchema,
  MoveQuestionSchema,
  QuestionEditSchema,
  QuestionRefSchema,
} from "@/lib/validation/teacher-article";
import { requireTeacher } from "@/server/auth";
import {
  addManualQuestion,
  moveQuestion,
  publishQuestionSet,
  regenerateQuestionSet,
  setQuestionPool,
  setQuestionRemoved,
  updateArticleDetails,
  updateArticleText,
  updateQuestion,
  type Failure,
} from "@/server/data/teacher-articles";

// Curation actions. Each: a signed-in teacher, zod, then server/data (which only finds the teacher's own
// articles), then revalidate. Expected failures come back as { fieldErrors, message } for useActionState.

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

function refresh(articleId: string) {
  revalidatePath(`/teach/articles/${articleId}`);
  revalidatePath("/teach/articles");
}

const failed = (r: Failure): FormState => ({ fieldErrors: r.fieldErrors, message: r.message ?? (r.fieldErrors ? "Check the highlighted fields." : undefined) });

export async function updateQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher("/teach/articles");
  const parsed = QuestionEditSchema.safeParse({
    kind: text(formData, "kind"),
    questionId: text(formData, "questionId"),
    prompt: text(formData, "prompt"),
    explanation: text(formData, "explanation"),
    answer: text(formData, "answer"),
    accept: text(formData, "accept"),
    options: { choices: formData.getAll("choice").map(String), correct: formData.get("correct") ?? -1 },
    pairs: { items: formData.getAll("item").map(String), matches: formData.getAll("match").map(String) },
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: "Check the highlighted fields." };
  const result = await updateQuestion(teacher.id, parsed.data);
  if (!result.ok) return failed(result);
  refresh(result.articleId);
  return { ok: true, message: "Question saved." };
}

export async function addQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher("/teach/articles");
  const parsed = ManualQuestionSchema.safeParse({
    articleId: text(formData, "articleId"),
    type: text(formData, "type"),
    prompt: text(formData, "prompt"),
    explanation: text(formData, "explanation"),
    evidenceStart: text(formData, "evidenceStart") || undefined,
    evidenceEnd: text(formData, "evidenceEnd") || undefined,
    choices: formData.getAll("choice").map(String),
    correct: formData.get("correct") ?? -1,
    answer: text(formData, "answer"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: "Check the highlighted fields." };
  const result = await addManualQuestion(teacher.id, parsed.data);
  if (!result.ok) return failed(result);
  refresh(result.articleId);
  return { ok: true, message: "Question added to the end of the quiz." };
}

/** Small one-button actions on a question: remove, restore, move, take into the quiz, send to the pool. */
export async function questionCommandAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher("/teach/articles");
  const command = text(formData, "command");
  const ref = QuestionRefSchema.safeParse({ questionId: text(formData, "questionId") });
  if (!ref.success) return { message: "Unknown question." };
  const { questionId } = ref.data;
  let result;
  switch (command) {
    case "remove":
    case "restore":
      result = await setQuestionRemoved(teacher.id, questionId, command === "remove");
      break;
    case "to-quiz":
    case "to-pool":
      result = await setQuestionPool(teacher.id, questionId, command === "to-pool");
      break;
    case "up":
    case "down": {
      const move = MoveQuestionSchema.parse({ questionId, direction: command });
      result = await moveQuestion(teacher.id, move.questionId, move.direction);
      break;
    }
    default:
      return { message: "Unknown action." };
  }
  if (!result.ok) return failed(result);
  refresh(result.articleId);
  return { ok: true };
}

export async function publishAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher("/teach/articles");
  const ref = ArticleRefSchema.safeParse({ articleId: text(formData, "articleId") });
  if (!ref.success) return { message: "Unknown article." };
  const result = await publishQuestionSet(teacher.id, ref.data.articleId);
  if (!result.ok) return failed(result);
  refresh(result.articleId);
  revalidatePath("/");
  return { ok: true, message: "Published. Students can take this quiz, and you can assign it to a class." };
}

export async function regenerateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher("/teach/articles");
  const ref = ArticleRefSchema.safeParse({ articleId: text(formData, "articleId") });
  if (!ref.success) return { message: "Unknown article." };
  const result = await regenerateQuestionSet(teacher.id, ref.data.articleId);
  if (!result.ok) return failed(result);
  refresh(result.articleId);
  return {
    ok: true,
    message:
      result.offered === 0
        ? "The new generator found no questions you do not already have. Your edits are unchanged."
        : `${result.offered} new question${result.offered === 1 ? "" : "s"} offered below, under “Offered questions”. Your edits are unchanged.`,
  };
}

export async function updateDetailsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher("/teach/articles");
  const ref = ArticleRefSchema.safeParse({ articleId: text(formData, "articleId") });
  if (!ref.success) return { message: "Unknown article." };
  const parsed = ArticleDetailsSchema.safeParse({
    title: text(formData, "title"),
    source: text(formData, "source"),
    level: text(formData, "level"),
    tags: text(formData, "tags"),
    visibility: text(formData, "visibility"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: "Check the highlighted fields." };
  const result = await updateArticleDetails(teacher.id, ref.data.articleId, parsed.data);
  if (!result.ok) return failed(result);
  refresh(result.articleId);
  revalidatePath("/");
  return { ok: true, message: "Details saved." };
}

export async function updateTextAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher("/teach/articles");
  const ref = ArticleRefSchema.safeParse({ articleId: text(formData, "articleId") });
  if (!ref.success) return { message: "Unknown article." };
  const parsed = ArticleTextSchema.safeParse(text(formData, "body"));
  if (!parsed.success) return { fieldErrors: { body: parsed.error.issues.map((i) => i.message) } };
  const result = await updateArticleText(teacher.id, ref.data.articleId, parsed.data);
  if (!result.ok) return failed(result);
  refresh(result.articleId);
  return {
    ok: true,
    message: `Saved as version ${result.version} with a new draft set${result.carried ? `; ${result.carried} of your own question${result.carried === 1 ? "" : "s"} came along` : ""}. Earlier attempts keep the version they were taken on.`,
  };
}
