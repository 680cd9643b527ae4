import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth-shell";
import { safeCallbackPath } from "@/lib/validation/auth";
import { getSessionUser, oauthProviders } from "@/server/auth";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

/** Errors next-auth sends back to this page after a GitHub or Google sign-in (?error=…). */
const OAUTH_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "An account with this email already exists. Sign in with your password, then you can use it.",
  AccessDenied: "Sign-in was cancelled.",
  Callback: "The sign-in provider did not complete the sign-in. Please try again.",
  OAuthCallback: "The sign-in provider did not complete the sign-in. Please try again.",
  OAuthSignin: "Could not start signing in with that provider. Please try again.",
  SessionRequired: "Please sign in to see that page.",
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const rawCallback = first(params.callbackUrl);
  const callbackUrl = safeCallbackPath(rawCallback);
  if (await getSessionUser()) redirect(callbackUrl);
  const error = first(params.error);
  const message = error ? (OAUTH_ERRORS[error] ?? "Sign-in failed. Please try again.") : undefined;
  const signUpHref = rawCallback ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up";
  return (
    <AuthShell
      title="Sign in to Lectio"
      subtitle="Pick up where you left off: your quizzes, reviews and classes."
      footer={
        <>
          New to Lectio?{" "}
          <Link href={signUpHref} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm callbackUrl={callbackUrl} oauth={oauthProviders()} initialMessage={message} />
    </AuthShell>
  );
}
