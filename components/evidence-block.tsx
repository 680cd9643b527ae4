import Link from "next/link";

/** The sentence an answer comes from, and a link that opens the article with it highlighted. */
export function EvidenceBlock({ text, href, newTab }: { text: string; href: string; newTab?: boolean }) {
  return (
    <figure className="mt-4">
      <p className="mb-1.5 text-xs font-medium uppercase tracking-wide text-stone-600 dark:text-stone-300">From the article</p>
      <blockquote className="border-l-4 border-amber-300 bg-amber-50/70 px-4 py-3 font-serif text-[1.0625rem] leading-relaxed text-stone-800 dark:border-amber-500/60 dark:bg-amber-400/10 dark:text-stone-200">
        {text}
      </blockquote>
      <figcaption className="mt-2 text-sm">
        <Link
          href={href}
          className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-600 dark:text-brand-300"
          {...(newTab ? { target: "_blank", rel: "noopener" } : {})}
        >
          Show in the article
          {newTab && <span className="sr-only"> (opens in a new tab)</span>}
        </Link>
      </figcaption>
    </figure>
  );
}
