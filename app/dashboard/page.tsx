import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentsList } from "@/components/assignments-list";
import { startAssignmentAction } from "@/app/assignments/actions";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { requireUser } from "@/server/auth";
import { now, viewerTimeZone } from "@/server/clock";
import { nextReviewPhrase } from "@/lib/format/next-review";
import { listStudentAssignments } from "@/server/data/assignments";
import { getDashboard, type Dashboard } from "@/server/data/progress";
import { ScoreChart } from "./_components/score-chart";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dashboard" };

const KIND_LABEL: Record<string, string> = { quiz: "Quiz", missed: "Missed questions", review: "Review" };

function chartDescription(d: Dashboard, fmt: Intl.DateTimeFormat): string {
  const quizzes = d.points.filter((p) => p.kind === "quiz");
  const reviews = d.points.length - quizzes.length;
  const first = d.points[0];
  const last = d.points.at(-1)!;
  const span = d.points.length > 1 ? `from ${fmt.format(first.t)} to ${fmt.format(last.t)}` : `on ${fmt.format(first.t)}`;
  const parts = [`${quizzes.length} quiz ${quizzes.length === 1 ? "score" : "scores"}${reviews ? ` and ${reviews} review ${reviews === 1 ? "score" : "scores"}` : ""} ${span}.`];
  parts.push(`Latest: ${last.percent}% (${last.kind === "review" ? "review" : "quiz"} on ${last.label}).`);
  if (quizzes.length > 1) parts.push(`Best quiz: ${Math.max(...quizzes.map((p) => p.percent))}%, lowest: ${Math.min(...quizzes.map((p) => p.percent))}%.`);
  return parts.join(" ");
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="card px-4 py-4 sm:px-5">
      <dt className="text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-stone-900 sm:text-3xl dark:text-white">{value}</dd>
      {hint && <dd className="mt-0.5 text-xs text-stone-500 dark:text-stone-400">{hint}</dd>}
    </div>
  );
}

function masteryTone(share: number): string {
  if (share >= 0.8) return "bg-emerald-500 dark:bg-emerald-400";
  if (share >= 0.5) return "bg-brand-500 dark:bg-brand-400";
  return "bg-amber-500 dark:bg-amber-400";
}

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const [at, timeZone] = await Promise.all([now(), viewerTimeZone()]);
  const [d, assignments] = await Promise.all([getDashboard(user.id, at, timeZone), listStudentAssignments(user.id, at)]);
  const dayFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone });
  const whenFmt = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
  const { reviews } = d;
  const heldBack = reviews.queue.heldBack;
  const laterDays = reviews.queue.upcoming.filter((u) => u.count > 0);
  const firstName = (user.name || user.email.split("@")[0]).split(/\s+/)[0];
  const empty = d.recent.length === 0;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <TimeZoneCookie current={timeZone} />
      <header className="mb-8">
        <p className="text-sm font-medium text-brand-700 dark:text-brand-300">Hello, {firstName}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">Your progress</h1>
      </header>

      <div className="mb-6">
        <AssignmentsList assignments={assignments} start={startAssignmentAction} />
      </div>

      {empty ? (
        <section aria-labelledby="start-heading" className="card overflow-hidden">
          <div className="grid gap-6 p-6 sm:p-10 md:grid-cols-[1fr_auto] md:items-center">
            <div className="max-w-xl">
              <h2 id="start-heading" className="text-2xl font-semibold tracking-tight">Take your first quiz</h2>
              <p className="mt-3 text-stone-600 dark:text-stone-300">
                Pick an article, read it, and answer questions drawn from its facts. Your scores, a chart of how they change, mastery per article
                and a daily streak will appear here, and anything you miss comes back for review at the right time.
              </p>
            </div>
            <Link href="/" className="btn-primary justify-self-start px-5 py-3 text-base">
              Browse the library
            </Link>
          </div>
        </section>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
            <Stat label="Quizzes taken" value={String(d.quizzesTaken)} hint={d.reviewsFinished ? `+ ${d.reviewsFinished} review ${d.reviewsFinished === 1 ? "session" : "sessions"}` : undefined} />
            <Stat label="Average score" value={d.averagePercent === null ? "—" : `${d.averagePercent}%`} hint="over your quizzes" />
            <Stat
              label="Streak"
              value={`${d.streak.current} ${d.streak.current === 1 ? "day" : "days"}`}
              hint={d.streak.current > 0 && !d.streak.today ? "study today to keep it" : `longest: ${d.streak.longest} ${d.streak.longest === 1 ? "day" : "days"}`}
            />
            <Stat
              label="Reviews due today"
              value={String(reviews.todayCount)}
              hint={reviews.queue.laterToday > 0 ? `${reviews.queue.laterToday} more later today` : heldBack ? `${heldBack} more on later days` : undefined}
            />
          </dl>

          <div className="mt-6 grid gap-6 lg:grid-cols-3">
            <section aria-labelledby="chart-heading" className="card min-w-0 p-4 sm:p-6 lg:col-span-2">
              <h2 id="chart-heading" className="text-lg font-semibold tracking-tight">Scores over time</h2>
              <div className="mt-4">
                {d.points.length > 0 ? (
                  <ScoreChart points={d.points} timeZone={timeZone} title="Scores over time" description={chartDescription(d, dayFmt)} />
                ) : (
                  <p className="text-stone-600 dark:text-stone-300">Finish a quiz to see your scores here.</p>
                )}
              </div>
            </section>

            <section aria-labelledby="review-heading" className="card flex min-w-0 flex-col p-4 sm:p-6">
              <h2 id="review-heading" className="text-lg font-semibold tracking-tight">Spaced review</h2>
              {reviews.todayCount > 0 ? (
                <>
                  <p className="mt-3 text-4xl font-bold tabular-nums">{reviews.todayCount}</p>
                  <p className="text-stone-600 dark:text-stone-300">
                    {reviews.todayCount === 1 ? "question is" : "questions are"} due today
                    {reviews.groups.length > 1 ? `, from ${reviews.groups.length} articles` : ""}.
                  </p>
                  <Link href="/review" className="btn-primary mt-5 self-start">
                    Start review
                  </Link>
                </>
              ) : reviews.groups.some((g) => g.openAttemptId) ? (
                <>
                  <p className="mt-3 text-stone-600 dark:text-stone-300">You have a review session to finish.</p>
                  <Link href="/review" className="btn-primary mt-5 self-start">
                    Continue review
                  </Link>
                </>
              ) : (
                <p className="mt-3 text-stone-600 dark:text-stone-300">
                  {reviews.hasCards
                    ? reviews.queue.doneToday > 0
                      ? "Done for today. "
                      : "Nothing due today. "
                    : "Questions you answer come back here for review on the days you are about to forget them. "}
                  {reviews.queue.nextDue && <>Next review {nextReviewPhrase(reviews.queue.nextDue, at, timeZone)}.</>}
                </p>
              )}
              {(heldBack > 0 || laterDays.length > 0) && (
                <div className="mt-6 border-t border-stone-200 pt-4 dark:border-stone-800">
                  <h3 className="text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">Coming up</h3>
                  <ul className="mt-2 space-y-1 text-sm">
                    {laterDays.slice(0, 4).map((u) => (
                      <li key={u.day} className="flex justify-between gap-3">
                        <span className="text-stone-600 dark:text-stone-300">{dayFmt.format(new Date(`${u.day}T12:00:00Z`))}</span>
                        <span className="tabular-nums">
                          {u.count} {u.count === 1 ? "review" : "reviews"}
                        </span>
                      </li>
                    ))}
                  </ul>
                  {heldBack > 0 && <p className="mt-2 text-xs text-stone-500 dark:text-stone-400">At most 30 a day: a backlog is spread over the next days.</p>}
                </div>
              )}
            </section>
          </div>

          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <section aria-labelledby="mastery-heading" className="card min-w-0 p-4 sm:p-6">
              <h2 id="mastery-heading" className="text-lg font-semibold tracking-tight">Mastery by article</h2>
              <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">Questions whose latest answer was right.</p>
              {d.mastery.length === 0 ? (
                <p className="mt-4 text-stone-600 dark:text-stone-300">Answer a few questions to see your mastery here.</p>
              ) : (
                <ul className="mt-4 space-y-4">
                  {d.mastery.map((m) => {
                    const pct = Math.round(m.share * 100);
                    return (
                      <li key={m.articleId}>
                        <div className="flex items-baseline justify-between gap-3">
                          <Link href={`/articles/${m.slug}`} className="min-w-0 font-medium hover:text-brand-700 hover:underline dark:hover:text-brand-300">
                            {m.title}
                          </Link>
                          <span className="shrink-0 text-sm tabular-nums text-stone-600 dark:text-stone-300">
                            {m.right}/{m.total} · <strong className="font-semibold text-stone-900 dark:text-white">{pct}%</strong>
                          </span>
                        </div>
                        <div
                          role="progressbar"
                          aria-label={`Mastery of ${m.title}`}
                          aria-valuemin={0}
                          aria-valuemax={100}
                          aria-valuenow={pct}
                          className="mt-2 h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
                        >
                          <div className={`h-full rounded-full ${masteryTone(m.share)}`} style={{ width: `${Math.max(pct, 2)}%` }} />
                        </div>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>

            <section aria-labelledby="recent-heading" className="card min-w-0 p-4 sm:p-6">
              <h2 id="recent-heading" className="text-lg font-semibold tracking-tight">Recent attempts</h2>
              <ul className="mt-3 divide-y divide-stone-200 dark:divide-stone-800">
                {d.recent.map((a) => (
                  <li key={a.id}>
                    <Link
                      href={`/attempts/${a.id}/results`}
                      className="-mx-2 flex items-center gap-3 rounded-lg px-2 py-3 hover:bg-stone-100 dark:hover:bg-stone-800/60"
                    >
                      <span className="min-w-0 flex-1">
                        <span className="block truncate font-medium">{a.articleTitle}</span>
                        <span className="mt-0.5 block text-xs text-stone-500 dark:text-stone-400">
                          {KIND_LABEL[a.kind] ?? "Quiz"} · {a.mode === "test" ? "test" : "practice"} · {whenFmt.format(a.submittedAt)}
                        </span>
                      </span>
                      <span className="shrink-0 text-right">
                        <span className="block font-semibold tabular-nums">{a.percent}%</span>
                        <span className="block text-xs tabular-nums text-stone-500 dark:text-stone-400">
                          {a.score}/{a.total}
                        </span>
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </>
      )}
    </div>
  );
}
