"use client";

import { startTransition, useActionState, useId, useMemo, useState } from "react";
import { FieldError, FormMessage, type FormState } from "@/components/form";
import { countWords, normalizeBody, splitParagraphs } from "@/lib/content/normalize";
import { unstable_rethrow } from "next/navigation";
import {
  decodeUpload,
  LEVELS,
  MAX_ARTICLE_CHARS,
  MAX_UPLOAD_BYTES,
  splitFrontMatter,
  TOO_LONG_MESSAGE,
  VISIBILITIES,
  VISIBILITY_LABELS,
} from "@/lib/validation/teacher-article";
import { createArticleAction } from "../actions";

/**
 * The action, with a request that never reached it (too large for the server's body limit, a dropped connection)
 * answered with a message instead of the error page. Next's own signals (the redirect to the new draft) pass on.
 */
async function submitArticle(prev: FormState, data: FormData): Promise<FormState> {
  try {
    return await createArticleAction(prev, data);
  } catch (error) {
    unstable_rethrow(error);
    const body = data.get("body");
    if (typeof body === "string" && body.length > MAX_ARTICLE_CHARS) return { fieldErrors: { body: [TOO_LONG_MESSAGE] } };
    return { message: "The article could not be sent. If it is very long, split it and add it in parts; otherwise try again." };
  }
}

const MIN_WORDS = 25;
const VISIBILITY_HINTS: Record<(typeof VISIBILITIES)[number], string> = {
  private: "Only you see it until you share it.",
  classes: "Students in your classes can read it and take its quiz.",
  public: "Anyone can find it in the library.",
};

const nf = new Intl.NumberFormat("en-US");

export function NewArticleForm() {
  const [state, formAction, pending] = useActionState<FormState, FormData>(submitArticle, {});
  const [localBodyError, setLocalBodyError] = useState<string | null>(null);
  const [input, setInput] = useState<"paste" | "file">("paste");
  const [pasted, setPasted] = useState("");
  const [fileText, setFileText] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [title, setTitle] = useState("");
  const ids = { title: useId(), source: useId(), level: useId(), tags: useId(), body: useId(), file: useId(), visibility: useId() };

  const raw = input === "paste" ? pasted : (fileText ?? "");
  const body = useMemo(() => normalizeBody(raw), [raw]);
  const words = useMemo(() => countWords(body), [body]);
  const paragraphs = useMemo(() => splitParagraphs(body), [body]);
  const tooLong = body.length > MAX_ARTICLE_CHARS;

  async function onFile(file: File | undefined) {
    setFileText(null);
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setFileError(`The file is ${Math.ceil(file.size / 1024)} KB; the limit is ${MAX_UPLOAD_BYTES / 1024} KB. Split the article and add it in parts.`);
      return;
    }
    const decoded = decodeUpload(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setFileError(decoded.message);
      return;
    }
    const split = splitFrontMatter(decoded.text);
    setFileText(split.body);
    if (!title.trim()) setTitle(split.title ?? file.name.replace(/\.(md|txt)$/i, "").replace(/[-_]+/g, " "));
  }

  const bodyError = state.fieldErrors?.body;
  const fileErrors = fileError ? [fileError] : state.fieldErrors?.file;
  const errorClass = (e?: string[]) => (e?.length ? "border-red-500 focus:border-red-500 focus:ring-red-500/30 dark:border-red-500" : "");

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (input === "file" && fileError) return;
        // Too long to accept: say so here rather than send megabytes the server will refuse.
        if (input === "paste" && tooLong) {
          setLocalBodyError(TOO_LONG_MESSAGE);
          return;
        }
        setLocalBodyError(null);
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]"
    >
      <div className="space-y-6">
        <FormMessage state={state} />

        <fieldset>
          <legend className="text-sm font-medium text-stone-800 dark:text-stone-200">Article text</legend>
          <div className="mt-1.5 inline-flex rounded-lg border border-stone-300 bg-stone-100 p-1 dark:border-stone-700 dark:bg-stone-900" role="radiogroup" aria-label="How to add the text">
            {(["paste", "file"] as const).map((mode) => (
              <label
                key={mode}
                className={`cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500 ${
                  input === mode ? "bg-white text-stone-900 shadow-sm dark:bg-stone-700 dark:text-white" : "text-stone-600 dark:text-stone-300"
                }`}
              >
                <input type="radio" name="input" value={mode} checked={input === mode} onChange={() => setInput(mode)} className="sr-only" />
                {mode === "paste" ? "Paste text" : "Upload a file"}
              </label>
            ))}
          </div>

          {input === "paste" ? (
            <div className="mt-3">
              <label htmlFor={ids.body} className="sr-only">
                Article text
              </label>
              <textarea
                id={ids.body}
                name="body"
                value={pasted}
                onChange={(e) => {
                  setPasted(e.target.value);
                  setLocalBodyError(null);
                }}
                rows={14}
                placeholder="Paste the article here. Keep a blank line between paragraphs."
                aria-invalid={bodyError?.length || tooLong ? true : undefined}
                aria-describedby={`${ids.body}-count`}
                className={`input font-serif text-base leading-relaxed ${errorClass(bodyError?.length || tooLong ? ["x"] : undefined)}`}
              />
            </div>
          ) : (
            <div className="mt-3">
              <label htmlFor={ids.file} className="block text-sm text-stone-600 dark:text-stone-300">
                A .md or .txt file saved as UTF-8, up to {MAX_UPLOAD_BYTES / 1024} KB
              </label>
              <input
                id={ids.file}
                name="file"
                type="file"
                accept=".md,.txt,text/markdown,text/plain"
                onChange={(e) => void onFile(e.target.files?.[0])}
                aria-invalid={fileErrors?.length ? true : undefined}
                className="mt-2 block w-full text-sm text-stone-700 file:mr-3 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4 file:py-2 file:text-sm file:font-semibold file:text-stone-800 hover:file:bg-stone-100 dark:text-stone-300 dark:file:border-stone-700 dark:file:bg-stone-900 dark:file:text-stone-100"
              />
              <FieldError error={fileErrors} />
            </div>
          )}
          <p id={`${ids.body}-count`} className={`mt-1.5 text-sm ${tooLong ? "font-medium text-red-700 dark:text-red-400" : "text-stone-500 dark:text-stone-400"}`}>
            {nf.format(words)} words · {nf.format(body.length)} of {nf.format(MAX_ARTICLE_CHARS)} characters
            {words > 0 && words < MIN_WORDS ? ` · at least ${MIN_WORDS} words are needed to make questions` : ""}
          </p>
          <FieldError error={localBodyError ? [localBodyError] : bodyError} />
        </fieldset>

        <div>
          <label htmlFor={ids.title} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
            Title
          </label>
          <input
            id={ids.title}
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
            aria-invalid={state.fieldErrors?.title?.length ? true : undefined}
            className={`input mt-1.5 ${errorClass(state.fieldErrors?.title)}`}
          />
          <FieldError error={state.fieldErrors?.title} />
        </div>

        <div className="grid gap-6 sm:grid-cols-2">
          <div>
            <label htmlFor={ids.source} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
              Source <span className="font-normal text-stone-500">(optional)</span>
            </label>
            <input id={ids.source} name="source" maxLength={200} placeholder="e.g. The Guardian, 3 March" className={`input mt-1.5 ${errorClass(state.fieldErrors?.source)}`} />
            <FieldError error={state.fieldErrors?.source} />
          </div>
          <div>
            <label htmlFor={ids.level} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
              Level
            </label>
            <select id={ids.level} name="level" defaultValue="Intermediate" className="input mt-1.5">
              {LEVELS.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
            <FieldError error={state.fieldErrors?.level} />
          </div>
        </div>

        <div>
          <label htmlFor={ids.tags} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
            Tags <span className="font-normal text-stone-500">(optional, separated by commas)</span>
          </label>
          <input id={ids.tags} name="tags" maxLength={600} placeholder="history, local news" className={`input mt-1.5 ${errorClass(state.fieldErrors?.tags)}`} />
          <FieldError error={state.fieldErrors?.tags} />
        </div>

        <fieldset>
          <legend className="text-sm font-medium text-stone-800 dark:text-stone-200">Who can see it</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {VISIBILITIES.map((v) => (
              <label key={v} className="flex cursor-pointer gap-2.5 rounded-lg border border-stone-300 bg-white p-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-stone-700 dark:bg-stone-900 dark:has-[:checked]:bg-brand-950/40">
                <input type="radio" name="visibility" value={v} defaultChecked={v === "private"} className="mt-0.5 accent-brand-600" />
                <span>
                  <span className="block font-medium text-stone-900 dark:text-white">{VISIBILITY_LABELS[v]}</span>
                  <span className="block text-stone-500 dark:text-stone-400">{VISIBILITY_HINTS[v]}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError error={state.fieldErrors?.visibility} />
        </fieldset>

        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>
            {pending ? "Generating questions…" : "Generate questions"}
          </button>
          <p className="text-sm text-stone-500 dark:text-stone-400">The questions open as a draft for you to check before students see them.</p>
        </div>
      </div>

      <section aria-labelledby={`${ids.body}-preview`} className="card h-fit p-5 lg:sticky lg:top-20">
        <h2 id={`${ids.body}-preview`} className="text-sm font-semibold uppercase tracking-widest text-stone-500 dark:text-stone-400">
          Preview
        </h2>
        {paragraphs.length === 0 ? (
          <p className="mt-3 text-sm text-stone-500 dark:text-stone-400">The article appears here as students will read it.</p>
        ) : (
          <div className="mt-3 max-h-[28rem] overflow-y-auto pr-1" data-testid="preview">
            {title.trim() && <p className="mb-3 font-serif text-xl font-bold leading-snug text-stone-950 dark:text-white">{title}</p>}
            <div className="space-y-3 font-serif text-[0.9375rem] leading-relaxed text-stone-700 dark:text-stone-300">
              {paragraphs.slice(0, 12).map((p) => (
                <p key={p.index}>{p.text}</p>
              ))}
            </div>
            {paragraphs.length > 12 && <p className="mt-3 text-sm text-stone-500">… and {paragraphs.length - 12} more paragraphs.</p>}
          </div>
        )}
        {paragraphs.length > 0 && (
          <p className="mt-4 border-t border-stone-200 pt-3 text-sm text-stone-500 dark:border-stone-800 dark:text-stone-400">
            {paragraphs.length} paragraph{paragraphs.length === 1 ? "" : "s"} · about {Math.max(1, Math.round(words / 220))} min read
          </p>
        )}
      </section>
    </form>
  );
}
