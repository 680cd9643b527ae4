import { fileSlug, toCsv } from "@/lib/analytics/csv";
import { isId } from "@/lib/validation/ids";
import { getSessionUser } from "@/server/auth";
import { getGradebook } from "@/server/data/gradebook";
import { STATUS_LABELS } from "../../../../_components/format";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The gradebook as CSV: one row per student and assignment. Only the class's teacher gets it; anyone else a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  if (!user || user.role !== "teacher" || !isId(id)) return notFound();
  const book = await getGradebook(user.id, id);
  if (!book) return notFound();
  const rows = book.students.flatMap((s) =>
    book.assignments.map((a) => {
      const c = book.cells[s.id][a.id];
      return [
        s.name,
        s.email,
        a.title,
        a.dueAt.toISOString(),
        STATUS_LABELS[c.status],
        c.attempts,
        c.best?.score ?? null,
        c.best?.total ?? null,
        c.best?.percent ?? null,
        c.latest?.score ?? null,
        c.latest?.percent ?? null,
        c.attempts > 0 ? Math.round(c.timeMs / 1000) : null,
      ];
    }),
  );
  const csv = toCsv(
    ["Student", "Email", "Assignment", "Due (UTC)", "Status", "Attempts", "Best score", "Questions", "Best %", "Latest score", "Latest %", "Time spent (s)"],
    rows,
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="gradebook-${fileSlug(book.class.name)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
