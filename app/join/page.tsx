import type { Metadata } from "next";
import { FindClassForm } from "./_components/find-class-form";

export const metadata: Metadata = { title: "Join a class" };

export default function JoinPage() {
  return (
    <div className="mx-auto max-w-md px-4 py-12 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight">Join a class</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">Enter the code your teacher gave you. Their assignments will appear on your dashboard.</p>
      <div className="card mt-8 p-5 sm:p-6">
        <FindClassForm />
      </div>
    </div>
  );
}
