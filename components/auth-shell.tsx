import Link from "next/link";
import { Logo } from "./logo";

/** The frame shared by the sign-in and sign-up pages. */
export function AuthShell({ title, subtitle, children, footer }: { title: string; subtitle: string; children: React.ReactNode; footer: React.ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-md flex-col px-4 py-10 sm:py-16">
      <div className="mb-8 text-center">
        <Link href="/" aria-label="Lectio home" className="inline-flex">
          <Logo className="h-11 w-11" />
        </Link>
        <h1 className="mt-4 text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-300">{subtitle}</p>
      </div>
      <div className="card p-5 sm:p-8">{children}</div>
      <p className="mt-6 text-center text-sm text-stone-600 dark:text-stone-300">{footer}</p>
    </div>
  );
}
