import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { requireTeacher } from "@/server/auth";
import { getTeacherClass } from "@/server/data/classes";
import { listClassAssignments } from "@/server/data/gradebook";
import { localNetworkOrigins, sitePublicOrigin } from "@/server/site-url";
import { removeStudentAction, setArchivedAction } from "../../actions";
import { plural } from "../../_components/format";
import { LocalTime } from "@/components/local-time";
import { CopyButton } from "./_components/copy-button";
import { RenameForm } from "./_components/rename-form";
import { BackLink } from "@/components/back-link";
import { isId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ assigned?: string }> }) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}`);
  if (!isId(id)) notFound();
  const [cls, assignments] = await Promise.all([getTeacherClass(teacher.id, id), listClassAssignments(teacher.id, id)]);
  if (!cls || !assignments) notFound();
  const { assigned } = await searchParams;
  const site = await sitePublicOrigin();
  const joinUrl = `${site.origin}/join/${cls.joinCode}`;
  const elsewhere = site.loopback ? localNetworkOrigins(site.origin).map((o) => `${o}/teach/classes/${cls.id}`) : [];
  const qrSvg = await QRCode.toString(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#1c1917", light: "#ffffff" } });
  const qrSrc = `data:image/svg+xml;base64,${Buffer.from(qrSvg).toString("base64")}`;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <BackLink href="/teach">Your classes</BackLink>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="break-words text-3xl font-bold tracking-tight">{cls.name}</h1>
          <p className="mt-1 text-stone-600 dark:text-stone-300">
            {plural(cls.students.length, "student")} · {plural(assignments.length, "assignment")}
            {cls.archived ? <span className="tag ml-2 bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200">Archived</span> : null}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/teach/classes/${cls.id}/gradebook`} className="btn-secondary">
            Gradebook
          </Link>
          {!cls.archived && (
            <Link href={`/teach/classes/${cls.id}/assign`} className="btn-primary">
              Assign
            </Link>
          )}
        </div>
      </div>

      {assigned ? (
        <p role="status" className="mt-6 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200">
          Assigned. Students see it on their dashboard now.
        </p>
      ) : null}

      <div className="mt-8 grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="assignments-heading" className="card min-w-0 overflow-hidden">
            <div className="flex items-center justify-between gap-3 border-b border-stone-200 px-5 py-4 dark:border-stone-800">
              <h2 id="assignments-heading" className="text-lg font-semibold">
                Assignments
              </h2>
            </div>
            {assignments.length === 0 ? (
              <p className="px-5 py-6 text-sm text-stone-600 dark:text-stone-300">
                Nothing assigned yet. {cls.archived ? "" : "Use “Assign” to set an article’s quiz with a due date."}
              </p>
            ) : (
              <div className="relative overflow-x-auto">
                <table className="w-full min-w-[36rem] text-left text-sm">
                  <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-500 dark:bg-stone-800/50 dark:text-stone-400">
                    <tr>
                      <th scope="col" className="px-5 py-2.5 font-medium">Article</th>
                      <th scope="col" className="px-3 py-2.5 font-medium">Due</th>
                      <th scope="col" className="px-3 py-2.5 font-medium">Set</th>
                      <th scope="col" className="px-3 py-2.5 font-medium">Submitted</th>
                      <th scope="col" className="px-5 py-2.5 font-medium"><span className="sr-only">Analysis</span></th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
                    {assignments.map((a) => (
                      <tr key={a.id}>
                        <th scope="row" className="px-5 py-3 font-medium text-stone-900 dark:text-white">{a.title}</th>
                        <td className="whitespace-nowrap px-3 py-3 text-stone-600 dark:text-stone-300"><LocalTime iso={a.dueAt.toISOString()} /></td>
                        <td className="whitespace-nowrap px-3 py-3 text-stone-600 dark:text-stone-300">
                          {plural(a.questions, "question")} · {a.mode} · {plural(a.attemptsAllowed, "attempt")}
                        </td>
                        <td className="whitespace-nowrap px-3 py-3 tabular-nums">
                          {a.submitted} of {cls.students.length}
                        </td>
                        <td className="whitespace-nowrap px-5 py-3 text-right">
                          <Link href={`/teach/assignments/${a.id}/items`} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
                            Item analysis<span className="sr-only"> of {a.title}</span>
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="roster-heading" className="card min-w-0 overflow-hidden">
            <div className="border-b border-stone-200 px-5 py-4 dark:border-stone-800">
              <h2 id="roster-heading" className="text-lg font-semibold">
                Students
              </h2>
            </div>
            {cls.students.length === 0 ? (
              <p className="px-5 py-6 text-sm text-stone-600 dark:text-stone-300">No students yet. Share the join code or link to invite them.</p>
            ) : (
              <div className="relative overflow-x-auto">
                <table className="w-full min-w-[30rem] text-left text-sm">
                  <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-500 dark:bg-stone-800/50 dark:text-stone-400">
                    <tr>
                      <th scope="col" className="px-5 py-2.5 font-medium">Name</th>
                      <th scope="col" className="px-3 py-2.5 font-medium">Email</th>
                      <th scope="col" className="px-5 py-2.5 font-medium"><span className="sr-only">Remove</span></th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
                    {cls.students.map((s) => (
                      <tr key={s.id}>
                        <th scope="row" className="px-5 py-3 font-medium text-stone-900 dark:text-white">{s.name}</th>
                        <td className="px-3 py-3 text-stone-600 dark:text-stone-300">{s.email}</td>
                        <td className="px-5 py-3 text-right">
                          <form action={removeStudentAction}>
                            <input type="hidden" name="classId" value={cls.id} />
                            <input type="hidden" name="studentId" value={s.id} />
                            <button type="submit" className="rounded-md px-2 py-1 text-sm font-medium text-rose-700 hover:bg-rose-50 dark:text-rose-300 dark:hover:bg-rose-950/40">
                              Remove<span className="sr-only"> {s.name}</span>
                            </button>
                          </form>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </div>

        <aside className="space-y-6">
          <section aria-labelledby="join-heading" className="card p-5">
            <h2 id="join-heading" className="text-lg font-semibold">
              Invite students
            </h2>
            {cls.archived ? (
              <p className="mt-2 text-sm text-stone-600 dark:text-stone-300">This class is archived: its code no longer lets anyone join.</p>
            ) : (
              <>
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">Students enter the code at /join, open the link or scan the QR code.</p>
                <p className="mt-4 text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">Join code</p>
                <p className="mt-1 font-mono text-3xl font-bold tracking-[0.25em] text-stone-950 dark:text-white" aria-label={`Join code ${cls.joinCode.split("").join(" ")}`}>
                  <span aria-hidden="true">{cls.joinCode}</span>
                </p>
                <p className="mt-4 text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">Join link</p>
                <p className="mt-1 break-all rounded-lg bg-stone-100 px-3 py-2 font-mono text-sm dark:bg-stone-800">
                  <a href={joinUrl} className="hover:underline" data-testid="join-link">{joinUrl}</a>
                </p>
                <div className="mt-2">
                  <CopyButton text={joinUrl} label="Copy link" />
                </div>
                {site.loopback ? (
                  <div role="note" aria-label="Join link warning" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 px-3 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100">
                    <p className="font-semibold">This link and QR code only work on this computer.</p>
                    <p className="mt-1">
                      You are viewing Lectio at {new URL(site.origin).host}, and no public address is set, so a phone or another computer that opens the link
                      reaches itself, not Lectio.
                    </p>
                    {elsewhere.length > 0 ? (
                      <p className="mt-1">
                        Open this page at the address others use instead, for example{" "}
                        <a href={elsewhere[0]} className="break-all font-medium underline">
                          {new URL(elsewhere[0]).origin}
                        </a>
                        , and the link will follow.
                      </p>
                    ) : null}
                    <p className="mt-1">To fix it for good, whoever runs Lectio sets NEXTAUTH_URL to the site’s public address (see docs/deploy.md).</p>
                  </div>
                ) : site.source === "request" ? (
                  <p className="mt-3 text-xs text-stone-600 dark:text-stone-300">
                    No public address is set for Lectio, so this link uses the address you opened it at. It works for anyone who can reach {new URL(site.origin).host}.
                  </p>
                ) : null}
                {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise */}
                <img src={qrSrc} alt={`QR code of the join link for ${cls.name}`} width={176} height={176} className="mx-auto mt-5 h-44 w-44 rounded-lg border border-stone-200 bg-white p-1 dark:border-stone-700" />
              </>
            )}
          </section>

          <section aria-labelledby="settings-heading" className="card space-y-4 p-5">
            <h2 id="settings-heading" className="text-lg font-semibold">
              Class settings
            </h2>
            <RenameForm classId={cls.id} name={cls.name} />
            <form action={setArchivedAction} className="border-t border-stone-200 pt-4 dark:border-stone-800">
              <input type="hidden" name="classId" value={cls.id} />
              <input type="hidden" name="archived" value={cls.archived ? "false" : "true"} />
              <p className="mb-3 text-sm text-stone-600 dark:text-stone-300">
                {cls.archived
                  ? "Restoring lets students join again and puts its assignments back on their dashboards."
                  : "Archiving keeps the gradebook but closes the join code and hides its assignments from students."}
              </p>
              <button type="submit" className="btn-secondary">
                {cls.archived ? "Restore class" : "Archive class"}
              </button>
            </form>
          </section>
        </aside>
      </div>
    </div>
  );
}
