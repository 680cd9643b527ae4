import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth-shell";
import { safeCallbackPath } from "@/lib/validation/auth";
import { getSessionUser } from "@/server/auth";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };
export const dynamic = "force-dynamic";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const raw = Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl;
  const callbackUrl = safeCallbackPath(raw);
  if (await getSessionUser()) redirect(callbackUrl);
  const signInHref = raw ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in";
  return (
    <AuthShell
      title="Create your Lectio account"
      subtitle="Keep your quiz history, review what you missed, and join your classes. Quizzes you took as a guest come with you."
      footer={
        <>
          Already have an account?{" "}
          <Link href={signInHref} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm callbackUrl={callbackUrl} />
    </AuthShell>
  );
}
