"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";

/**
 * The signed-in user's menu in the header. Students: Dashboard (on phones), Account, Sign out. Teachers: Classes and
 * Articles (on phones), Add an article (below lg, where the header has no room for it), their own quiz progress,
 * Account, Sign out.
 */
export function AccountMenu({
  name,
  email,
  teacher = false,
  signOutAction,
}: {
  name: string;
  email: string;
  teacher?: boolean;
  signOutAction: () => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const item =
    "block w-full rounded-md px-3 py-2 text-left text-sm font-medium text-stone-700 hover:bg-stone-100 hover:text-stone-950 dark:text-stone-200 dark:hover:bg-stone-800 dark:hover:text-white";

  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        className="flex max-w-[9.5rem] items-center gap-2 rounded-full border border-stone-300 bg-white py-1 pl-1 pr-2.5 text-sm font-medium text-stone-800 hover:bg-stone-100 sm:max-w-[14rem] dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800"
      >
        <span aria-hidden="true" className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-100 text-xs font-bold uppercase text-brand-800 dark:bg-brand-900 dark:text-brand-100">
          {initials(name)}
        </span>
        <span className="sr-only">Account menu: </span>
        <span className="truncate">{name}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 shrink-0 text-stone-500 transition-transform ${open ? "rotate-180" : ""}`}>
          <path d="M5.5 7.5 10 12l4.5-4.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 mt-2 w-60 max-w-[calc(100vw-2rem)] rounded-xl border border-stone-200 bg-white p-1.5 shadow-lg dark:border-stone-800 dark:bg-stone-900"
      >
        <div className="border-b border-stone-100 px-3 pb-2 pt-1.5 dark:border-stone-800">
          <p className="truncate text-sm font-semibold">{name}</p>
          <p className="truncate text-xs text-stone-500 dark:text-stone-400">{email}</p>
        </div>
        <nav aria-label="Account" className="py-1">
          {teacher ? (
            <>
              <Link href="/teach" className={`${item} sm:hidden`} onClick={() => setOpen(false)}>
                Classes
              </Link>
              <Link href="/teach/articles" className={`${item} sm:hidden`} onClick={() => setOpen(false)}>
                Articles
              </Link>
              <Link href="/teach/articles/new" className={`${item} lg:hidden`} onClick={() => setOpen(false)}>
                Add an article
              </Link>
              <Link href="/dashboard" className={item} onClick={() => setOpen(false)}>
                Your quiz progress
              </Link>
            </>
          ) : (
            <Link href="/dashboard" className={`${item} sm:hidden`} onClick={() => setOpen(false)}>
              Dashboard
            </Link>
          )}
          <Link href="/account" className={item} onClick={() => setOpen(false)}>
            Account settings
          </Link>
        </nav>
        <form action={signOutAction} className="border-t border-stone-100 pt-1 dark:border-stone-800">
          <button type="submit" className={item}>
            Sign out
          </button>
        </form>
      </div>
    </div>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : (parts[0] ?? "?").slice(0, 1);
  return letters.toUpperCase();
}
