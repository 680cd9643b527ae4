import Link from "next/link";
import { Logo } from "./logo";

export function SiteHeader() {
  return (
    <header className="no-print sticky top-0 z-40 border-b border-stone-200/80 bg-stone-50/90 backdrop-blur dark:border-stone-800 dark:bg-stone-950/90">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <Logo className="h-7 w-7" />
          <span className="text-lg">Lectio</span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm font-medium">
          <Link href="/" className="rounded-md px-3 py-2 text-stone-700 hover:bg-stone-200/60 hover:text-stone-950 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white">
            Library
          </Link>
        </nav>
      </div>
    </header>
  );
}
