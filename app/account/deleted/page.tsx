import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-24 text-center">
      <h1 className="text-3xl font-bold tracking-tight">Your account has been deleted</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-300">
        Your profile, quiz history, reviews, classes and enrollments are gone. Thank you for reading with Lectio.
      </p>
      <Link href="/" className="btn-primary mt-8">
        Back to the library
      </Link>
    </div>
  );
}
