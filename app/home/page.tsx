import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/validation/auth";
import { requireUser } from "@/server/auth";

export const dynamic = "force-dynamic";

/** Where sign-in lands without a callbackUrl: teachers go to their home, students to their dashboard. */
export default async function HomePage() {
  const user = await requireUser("/home");
  redirect(homePathFor(user.role));
}
