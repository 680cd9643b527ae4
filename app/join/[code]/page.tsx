import type { Metadata } from "next";
import Link from "next/link";
import { JoinCodeSchema } from "@/lib/validation/classes";
import { requestIp, requireUser } from "@/server/auth";
import { getClassToJoin } from "@/server/data/classes";
import { JoinForm } from "../_components/join-form";
import { tooManyCodesMessage } from "../_components/too-many-codes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Join a class" };

export default async function JoinCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const parsed = JoinCodeSchema.safeParse(decodeURIComponent(raw));
  const user = await requireUser(parsed.success ? `/join/${parsed.data}` : "/join");
  const lookup = parsed.success ? await getClassToJoin(parsed.data, { ip: await requestIp(), userId: user.id }) : null;
  const found = lookup?.status === "found" ? lookup.class : null;
  const limited = lookup?.status === "rate_limited" ? tooManyCodesMessage(lookup) : null;

  return (
    <div className="mx-auto max-w-md px-4 py-12 sm:py-16">
      {found ? (
        <>
          <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">Join a class</p>
          <h1 className="mt-1 break-words text-3xl font-bold tracking-tight">{found.name}</h1>
          <p className="mt-2 text-stone-600 dark:text-stone-300">
            Taught by {found.teacher}. Joining shares your name, email and your results on this class’s assignments with your teacher.
          </p>
          <div className="card mt-8 p-5 sm:p-6">
            <JoinForm code={found.code} className={found.name} />
          </div>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-bold tracking-tight">{limited ? "Too many codes tried" : "Class not found"}</h1>
          <p role="alert" className="mt-4 rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-rose-900 dark:border-rose-900 dark:bg-rose-950/40 dark:text-rose-200">
            {limited ?? "No open class has this code. It may have been mistyped, or the class was archived. Check the code with your teacher."}
          </p>
          <Link href="/join" className="btn-primary mt-6">
            Enter a code
          </Link>
        </>
      )}
    </div>
  );
}
