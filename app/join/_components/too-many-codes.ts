import { formatWait } from "@/server/rate-limit";

/** What a person sees when too many class codes that matched nothing were tried (issue 16, item 11). */
export function tooManyCodesMessage({ wait, by }: { wait: number; by: "address" | "account" }): string {
  const from = by === "account" ? "from your account" : "from this network";
  return `Too many class codes that don't match a class were tried ${from}. Check the code with your teacher, then try again in ${formatWait(wait)}.`;
}
