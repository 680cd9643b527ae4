import Link from "next/link";
import type { ReactNode } from "react";

/** The "← Parent page" link above a page's heading. `className` sets the spacing (and `no-print` where wanted). */
export function BackLink({ href, children, className = "mb-4" }: { href: string; children: ReactNode; className?: string }) {
  return (
    <nav aria-label="Breadcrumb" className={`${className} text-sm`}>
      <Link href={href} className="text-stone-500 hover:text-stone-900 dark:text-stone-400 dark:hover:text-white">
        ← {children}
      </Link>
    </nav>
  );
}
