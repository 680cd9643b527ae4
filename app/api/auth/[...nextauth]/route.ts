import NextAuth from "next-auth";
import { authOptions } from "@/server/auth";
import { isAuthAction } from "@/server/auth-actions";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's endpoints, and only those: a path it has no action for ("/api/auth/anything") is a 404 here, where
 * next-auth itself answered some of them with a 500 (found by `npm run fuzz`).
 */
async function guarded(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (!isAuthAction(request.method, nextauth)) {
    return Response.json({ error: "No such sign-in endpoint." }, { status: 404, headers: { "cache-control": "no-store" } });
  }
  return handler(request, context);
}

export { guarded as GET, guarded as POST };
