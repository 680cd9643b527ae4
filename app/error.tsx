"use client";

import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-red-600 dark:text-red-400">Something went wrong</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight">We couldn&apos;t show this page</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-300">
        Nothing you saved has been lost. Try again, or go back to the library.
        {error.digest && <span className="mt-2 block font-mono text-xs text-stone-400">Reference: {error.digest}</span>}
      </p>
      <div className="mt-8 flex gap-3">
        <button type="button" onClick={reset} className="btn-primary">
          Try again
        </button>
        <Link href="/" className="btn-secondary">
          Library
        </Link>
      </div>
    </div>
  );
}
