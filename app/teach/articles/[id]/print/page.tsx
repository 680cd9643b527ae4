import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { splitParagraphs } from "@/lib/content/normalize";
import { requireTeacher } from "@/server/auth";
import { getPrintableSet, type PrintableSet } from "@/server/data/teacher-articles";
import { PrintButton } from "./print-button";
import { isId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const LETTERS = "ABCDEFGH";

// Paper-agnostic print rules: no fixed page size (A4 and Letter both work), margins in mm, questions never split.
const PRINT_CSS = `
@page { margin: 16mm 15mm 18mm; }
@media print {
  html, body { background: #fff !important; color: #000 !important; }
  .sheet { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { padding: 0 !important; }
  .sheet { max-width: none !important; padding: 0 !important; margin: 0 !important; box-shadow: none !important; font-size: 10.5pt; }
  .sheet h1 { font-size: 18pt; }
  .sheet .article p { font-size: 10.5pt; line-height: 1.5; margin-bottom: 0.6em; orphans: 3; widows: 3; }
  .sheet .q { break-inside: avoid; page-break-inside: avoid; }
  .sheet .q.q-long { break-inside: auto; page-break-inside: auto; }
  .sheet h2 { break-after: avoid; page-break-after: avoid; }
  .sheet .questions { break-before: page; page-break-before: always; }
  .sheet.answer-key .questions { break-before: auto; page-break-before: auto; }
  .sheet a { color: inherit; text-decoration: none; }
}
`;

async function load({ params, searchParams }: Props) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/articles/${encodeURIComponent(id)}/print`);
  if (!isId(id)) notFound();
  const sheet = await getPrintableSet(teacher.id, id);
  if (!sheet) notFound();
  return { id, sheet, key: (await searchParams).key === "1" };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { sheet, key } = await load(props);
  return { title: `${key ? "Answer key" : "Worksheet"}: ${sheet.title}` };
}

export default async function PrintPage(props: Props) {
  const { id, sheet, key } = await load(props);
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="no-print border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <div className="mx-auto flex max-w-[52rem] flex-wrap items-center gap-3 px-4 py-3 sm:px-6">
          <Link href={`/teach/articles/${id}`} className="mr-auto text-sm text-stone-500 hover:text-stone-900 dark:text-stone-400 dark:hover:text-white">
            ← Back to the questions
          </Link>
          <Link href={key ? `/teach/articles/${id}/print` : `/teach/articles/${id}/print?key=1`} className="btn-secondary">
            {key ? "Worksheet" : "Answer key"}
          </Link>
          <PrintButton label={key ? "Print the answer key" : "Print the worksheet"} />
        </div>
      </div>

      <div className={`sheet mx-auto max-w-[52rem] bg-white px-4 py-8 text-stone-950 sm:my-8 sm:px-12 sm:py-12 sm:shadow-sm dark:text-stone-950 ${key ? "answer-key" : ""}`}>
        {sheet.status === "draft" && (
          <p className="no-print mb-6 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            This set is still a draft: what you print may change before you publish it.
          </p>
        )}
        <header className="border-b-2 border-stone-900 pb-4">
          <p className="text-xs font-semibold uppercase tracking-widest text-stone-500">{key ? "Answer key" : "Reading worksheet"} · Lectio</p>
          <h1 className="mt-1 font-serif text-2xl font-bold leading-tight sm:text-3xl">{sheet.title}</h1>
          <p className="mt-1 text-sm text-stone-600">
            {sheet.level}
            {sheet.source ? ` · Source: ${sheet.source}` : ""} · {sheet.questions.length} questions
          </p>
          {!key && (
            <div className="mt-4 grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[2fr_1fr_1fr]">
              {["Name", "Class", "Date"].map((label) => (
                <p key={label} className="flex items-end gap-2">
                  <span className="font-medium">{label}</span>
                  <span className="h-5 flex-1 border-b border-stone-400" />
                </p>
              ))}
            </div>
          )}
        </header>

        {!key && (
          <section aria-label="Article" className="article mt-6 font-serif text-[1.0625rem] leading-relaxed">
            {splitParagraphs(sheet.body).map((p) => (
              <p key={p.index} className="mb-4">
                {p.text}
              </p>
            ))}
          </section>
        )}

        <section aria-labelledby="questions-heading" className="questions mt-8">
          <h2 id="questions-heading" className="border-b border-stone-300 pb-1 text-lg font-bold">
            {key ? "Answers" : "Questions"}
          </h2>
          <ol className="mt-4 space-y-5">
            {sheet.questions.map((q) => (
              <li key={q.number} className={`q flex gap-3 ${q.evidence.length > 600 ? "q-long" : ""}`}>
                <span className="w-6 shrink-0 text-right font-bold">{q.number}.</span>
                <div className="min-w-0 flex-1">
                  <p className="font-medium">{q.prompt}</p>
                  <QuestionBody q={q} showKey={key} />
                  {key && (
                    <div className="mt-2 text-sm text-stone-700">
                      <p>
                        <span className="font-semibold">Evidence:</span> <span className="font-serif italic">“{q.evidence}”</span>
                      </p>
                      {q.explanation && !q.explanation.includes(q.evidence) && <p className="mt-1">{q.explanation}</p>}
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}

function QuestionBody({ q, showKey }: { q: PrintableSet["questions"][number]; showKey: boolean }) {
  if (q.type === "matching") {
    const answers = Array.isArray(q.answer) ? q.answer : [];
    return (
      <div className="mt-2 grid gap-4 text-sm sm:grid-cols-2">
        <ol className="space-y-1.5">
          {q.items.map((item, i) => (
            <li key={item} className="flex items-end gap-2">
              <span className="min-w-0 flex-1">{item}</span>
              {showKey ? (
                <span className="font-semibold">{LETTERS[q.choices.indexOf(answers[i])]}</span>
              ) : (
                <span className="inline-block h-5 w-10 border-b border-stone-400" aria-label="write a letter" />
              )}
            </li>
          ))}
        </ol>
        <ol className="space-y-1.5">
          {q.choices.map((c, i) => (
            <li key={c}>
              <span className="font-semibold">{LETTERS[i]}.</span> {c}
            </li>
          ))}
        </ol>
      </div>
    );
  }
  if (q.choices.length > 0) {
    return (
      <ul className={`mt-2 grid gap-1.5 text-sm ${q.type === "true_false" ? "grid-cols-2 sm:max-w-xs" : ""}`}>
        {q.choices.map((c, i) => {
          const correct = showKey && c === q.answer;
          return (
            <li key={c} className={`flex gap-2 ${correct ? "font-bold" : ""}`}>
              <span aria-hidden="true" className={`mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full border text-[0.625rem] ${correct ? "border-stone-900 bg-stone-900 text-white" : "border-stone-500"}`}>
                {correct ? "✓" : ""}
              </span>
              <span>
                {LETTERS[i]}. {c}
                {correct && <span className="sr-only"> (correct)</span>}
              </span>
            </li>
          );
        })}
      </ul>
    );
  }
  return showKey ? (
    <p className="mt-2 text-sm">
      <span className="font-semibold">Answer:</span> {String(q.answer)}
    </p>
  ) : (
    <div className="mt-4 space-y-5" aria-hidden="true">
      <div className="border-b border-stone-400" />
    </div>
  );
}
