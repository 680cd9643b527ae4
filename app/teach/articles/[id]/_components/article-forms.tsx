"use client";

import { startTransition, useActionState, useId } from "react";
import { FieldError, FormMessage, type FormState } from "@/components/form";
import { LEVELS, MAX_ARTICLE_CHARS, VISIBILITIES, VISIBILITY_LABELS, type Visibility } from "@/lib/validation/teacher-article";
import { publishAction, regenerateAction, updateDetailsAction, updateTextAction } from "../actions";

/** Submit without the automatic form reset, so a refused form keeps what was typed. */
function submitWith(action: (data: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
}

export function PublishButton({ articleId, label }: { articleId: string; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(publishAction, {});
  return (
    <form onSubmit={submitWith(action)} className="flex flex-col gap-2">
      <input type="hidden" name="articleId" value={articleId} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Publishing…" : label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function RegenerateButton({ articleId, generator }: { articleId: string; generator: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(regenerateAction, {});
  return (
    <form onSubmit={submitWith(action)} className="flex flex-col gap-2">
      <input type="hidden" name="articleId" value={articleId} />
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? "Generating…" : `Offer new questions from ${generator}`}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function DetailsForm({ article }: {
  article: { id: string; title: string; source: string; level: string; tags: string[]; visibility: Visibility };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateDetailsAction, {});
  const id = useId();
  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={submitWith(action)} className="space-y-4" aria-label="Article details">
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={article.id} />
      <div>
        <label htmlFor={`${id}-title`} className="block text-sm font-medium">
          Title
        </label>
        <input id={`${id}-title`} name="title" defaultValue={article.title} maxLength={200} className="input mt-1.5" />
        <FieldError error={errors.title} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-source`} className="block text-sm font-medium">
            Source
          </label>
          <input id={`${id}-source`} name="source" defaultValue={article.source} maxLength={200} className="input mt-1.5" />
          <FieldError error={errors.source} />
        </div>
        <div>
          <label htmlFor={`${id}-level`} className="block text-sm font-medium">
            Level
          </label>
          <select id={`${id}-level`} name="level" defaultValue={article.level} className="input mt-1.5">
            {LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-tags`} className="block text-sm font-medium">
          Tags <span className="font-normal text-stone-500">(separated by commas)</span>
        </label>
        <input id={`${id}-tags`} name="tags" defaultValue={article.tags.join(", ")} maxLength={600} className="input mt-1.5" />
        <FieldError error={errors.tags} />
      </div>
      <div>
        <label htmlFor={`${id}-visibility`} className="block text-sm font-medium">
          Who can see it
        </label>
        <select id={`${id}-visibility`} name="visibility" defaultValue={article.visibility} className="input mt-1.5">
          {VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {VISIBILITY_LABELS[v]}
            </option>
          ))}
        </select>
        <p className="mt-1.5 text-sm text-stone-500 dark:text-stone-400">Assigning the quiz to a class always lets that class read the article.</p>
        <FieldError error={errors.visibility} />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? "Saving…" : "Save details"}
      </button>
    </form>
  );
}

export function TextForm({ articleId, body, version }: { articleId: string; body: string; version: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateTextAction, {});
  const id = useId();
  return (
    <form onSubmit={submitWith(action)} className="space-y-3" aria-label="Article text">
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={articleId} />
      <label htmlFor={`${id}-body`} className="block text-sm font-medium">
        Text of version {version}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        defaultValue={body}
        rows={12}
        maxLength={MAX_ARTICLE_CHARS + 10_000}
        className="input font-serif text-[0.9375rem] leading-relaxed"
      />
      <FieldError error={state.fieldErrors?.body} />
      <p className="text-sm text-stone-500 dark:text-stone-400">
        Saving makes version {version + 1} with a new draft question set. Attempts already taken keep the version they were taken on; your own questions
        come along when their evidence is still in the text.
      </p>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? "Saving and generating…" : `Save as version ${version + 1}`}
      </button>
    </form>
  );
}
