import type { Metadata } from "next";
import { requireUser } from "@/server/auth";
import { getUserById } from "@/server/data/users";
import { DeleteAccountForm, PasswordForm, ProfileForm } from "./_components/account-forms";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

function Section({ id, title, description, children, danger }: { id: string; title: string; description: string; children: React.ReactNode; danger?: boolean }) {
  return (
    <section aria-labelledby={id} className={`card grid gap-6 p-5 sm:p-8 md:grid-cols-[16rem_1fr] ${danger ? "border-red-200 dark:border-red-900/70" : ""}`}>
      <div>
        <h2 id={id} className={`text-lg font-semibold ${danger ? "text-red-800 dark:text-red-300" : ""}`}>
          {title}
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{description}</p>
      </div>
      <div className="min-w-0">{children}</div>
    </section>
  );
}

export default async function AccountPage() {
  const session = await requireUser("/account");
  const user = await getUserById(session.id);
  if (!user) return null; // requireUser re-read the user a moment ago; deleted in between.
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 sm:py-14">
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Account</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-300">
          Signed in as <span className="font-medium text-stone-900 dark:text-stone-100">{user.email}</span>
        </p>
      </header>
      <div className="space-y-6">
        <Section id="profile" title="Profile" description="Your name appears to your teachers. Teachers can create classes and assign quizzes; everyone can take quizzes.">
          <ProfileForm name={user.name ?? ""} role={user.role} />
        </Section>
        <Section id="password" title="Password" description="Change the password you sign in with.">
          {user.hasPassword ? (
            <PasswordForm />
          ) : (
            <p className="text-sm text-stone-600 dark:text-stone-300">You sign in with GitHub or Google, so there is no Lectio password to change.</p>
          )}
        </Section>
        <Section id="data" title="Your data" description="A JSON file with your profile, quiz attempts and answers, review schedule, classes and enrollments.">
          <a href="/account/export" download className="btn-secondary">
            Download my data
          </a>
        </Section>
        <Section id="delete" title="Delete account" description="Deletes your account and everything in it: attempts, reviews, classes you teach and enrollments. This cannot be undone." danger>
          <DeleteAccountForm email={user.email} />
        </Section>
      </div>
    </div>
  );
}
