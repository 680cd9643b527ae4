import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-600 dark:text-brand-400">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-300">We couldn&apos;t find that page. It may have moved, or the link may be mistyped.</p>
      <Link href="/" className="btn-primary mt-8">
        Back to the library
      </Link>
    </div>
  );
}
