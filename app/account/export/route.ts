import { getSessionUser } from "@/server/auth";
import { exportUserData } from "@/server/data/users";

export const dynamic = "force-dynamic";

/** "Download my data": the signed-in user's own data as a JSON file. Takes no id — it can only ever be yours. */
export async function GET() {
  const user = await getSessionUser();
  if (!user) {
    return Response.json({ error: "Sign in to download your data." }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const data = await exportUserData(user.id);
  if (!data) return Response.json({ error: "Your account no longer exists." }, { status: 404, headers: { "Cache-Control": "no-store" } });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="lectio-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
