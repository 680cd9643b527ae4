import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser, signOutEverywhere } from "@/server/auth";
import { AccountMenu } from "./account-menu";
import { Logo } from "./logo";

async function signOut() {
  "use server";
  await signOutEverywhere();
  redirect("/");
}

const navLink =
  "rounded-md px-2.5 py-2 text-stone-700 hover:bg-stone-200/60 hover:text-stone-950 sm:px-3 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white";

export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="no-print sticky top-0 z-40 border-b border-stone-200/80 bg-stone-50/90 backdrop-blur dark:border-stone-800 dark:bg-stone-950/90">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-3 px-4 sm:px-6">
        <Link href="/" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
          <Logo className="h-7 w-7" />
          <span className="text-lg">Lectio</span>
        </Link>
        <nav aria-label="Main" className="flex min-w-0 items-center gap-0.5 text-sm font-medium sm:gap-1">
          <Link href="/" className={navLink}>
            Library
          </Link>
          {user ? (
            <>
              {user.role === "teacher" ? (
                <>
                  <Link href="/teach" className={`${navLink} hidden sm:block`}>
                    Classes
                  </Link>
                  <Link href="/teach/articles" className={`${navLink} hidden sm:block`}>
                    Articles
                  </Link>
                  <Link href="/teach/articles/new" className={`${navLink} hidden lg:block`}>
                    Add an article
                  </Link>
                </>
              ) : (
                <Link href="/dashboard" className={`${navLink} hidden sm:block`}>
                  Dashboard
                </Link>
              )}
              <div className="ml-1 sm:ml-2">
                <AccountMenu name={user.name || user.email.split("@")[0]} email={user.email} teacher={user.role === "teacher"} signOutAction={signOut} />
              </div>
            </>
          ) : (
            <>
              <Link href="/sign-in" className={navLink}>
                Sign in
              </Link>
              <Link href="/sign-up" className="btn-primary ml-1 px-3 py-2 sm:ml-2">
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
