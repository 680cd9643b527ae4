import type { Metadata } from "next";
import Link from "next/link";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { DAILY_REVIEW_CAP } from "@/lib/progress/daily-cap";
import { requireUser } from "@/server/auth";
import { now, viewerTimeZone } from "@/server/clock";
import { nextReviewPhrase } from "@/lib/format/next-review";
import { getReviewOverview } from "@/server/data/review-sessions";
import { StartReviewButton } from "./_components/start-review-button";
import { BackLink } from "@/components/back-link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await requireUser("/review");
  const [at, timeZone] = await Promise.all([now(), viewerTimeZone()]);
  const overview = await getReviewOverview(user.id, at, timeZone);
  const { queue, groups, todayCount } = overview;
  const dayFmt = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone });
  const upcoming = queue.upcoming;
  const peak = Math.max(1, ...upcoming.map((u) => u.count));

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <TimeZoneCookie current={timeZone} />
      <BackLink href="/dashboard" className="mb-6">Dashboard</BackLink>
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Review</h1>
        <p className="mt-3 text-lg text-stone-600 dark:text-stone-300">
          {todayCount > 0
            ? `${todayCount} ${todayCount === 1 ? "question is" : "questions are"} due today. Each comes back later if you get it right, and sooner if you miss it.`
            : "Questions you have answered come back here on the days you are about to forget them."}
        </p>
      </header>

      {groups.length > 0 ? (
        <section aria-labelledby="due-heading">
          <h2 id="due-heading" className="sr-only">
            Due today, by article
          </h2>
          <ul className="space-y-3">
            {groups.map((g, i) => (
              <li key={g.setId} className="card flex flex-col gap-4 p-4 sm:flex-row sm:items-center sm:justify-between sm:p-5">
                <div className="min-w-0">
                  <h3 className="font-semibold">{g.articleTitle}</h3>
                  <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">
                    {g.openAttemptId
                      ? "A review session in progress"
                      : `${g.count} ${g.count === 1 ? "question" : "questions"} to review`}
                    {" · "}
                    <Link href={`/articles/${g.articleSlug}`} className="underline decoration-stone-300 underline-offset-2 hover:text-stone-900 dark:decoration-stone-600 dark:hover:text-white">
                      read the article
                    </Link>
                  </p>
                </div>
                {g.openAttemptId ? (
                  <Link href={`/attempts/${g.openAttemptId}`} className={`${i === 0 ? "btn-primary" : "btn-secondary"} shrink-0`}>
                    Continue review
                  </Link>
                ) : (
                  <StartReviewButton setId={g.setId} label="Start review" primary={i === 0} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section className="card p-6 text-center sm:p-10">
          <h2 className="text-xl font-semibold tracking-tight">
            {overview.hasCards ? (queue.doneToday > 0 ? "All done for today" : "Nothing due today") : "No reviews yet"}
          </h2>
          <p className="mx-auto mt-2 max-w-md text-stone-600 dark:text-stone-300">
            {overview.hasCards
              ? queue.nextDue
                ? `Your next review is ${nextReviewPhrase(queue.nextDue, at, timeZone)}.`
                : "Take another quiz to add questions to your reviews."
              : "Take a quiz while signed in: every question you answer is scheduled for review here."}
          </p>
          <Link href={overview.hasCards ? "/dashboard" : "/"} className="btn-primary mt-6">
            {overview.hasCards ? "Back to your dashboard" : "Browse the library"}
          </Link>
        </section>
      )}

      {overview.hasCards && (
        <section aria-labelledby="week-heading" className="card mt-8 p-4 sm:p-6">
          <h2 id="week-heading" className="text-lg font-semibold tracking-tight">The next seven days</h2>
          <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
            {queue.heldBack > 0
              ? `${queue.heldBack} due ${queue.heldBack === 1 ? "question waits" : "questions wait"} for the next days: at most ${DAILY_REVIEW_CAP} reviews a day.`
              : `At most ${DAILY_REVIEW_CAP} reviews a day, so a backlog never lands all at once.`}
          </p>
          <ol className="mt-5 grid grid-cols-7 items-end gap-1.5 sm:gap-3">
            {upcoming.map((u) => (
              <li key={u.day} className="flex flex-col items-center gap-1.5">
                <span className="text-xs font-medium tabular-nums text-stone-700 dark:text-stone-200">{u.count}</span>
                <span aria-hidden="true" className="flex h-20 w-full items-end rounded-md bg-stone-100 dark:bg-stone-800">
                  <span
                    className="block w-full rounded-md bg-brand-500 dark:bg-brand-400"
                    style={{ height: u.count ? `${Math.max(8, (u.count / peak) * 100)}%` : "0%" }}
                  />
                </span>
                <span className="text-center text-[11px] leading-tight text-stone-500 dark:text-stone-400">
                  <span className="sr-only">{u.count} on </span>
                  {dayFmt.format(new Date(`${u.day}T12:00:00Z`)).split(" ")[0].replace(",", "")}
                  <span className="block tabular-nums">{new Date(`${u.day}T12:00:00Z`).getUTCDate()}</span>
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
