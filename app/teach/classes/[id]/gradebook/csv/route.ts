import { teacherCsv } from "@/server/api/csv";
import { getGradebook } from "@/server/data/gradebook";
import { STATUS_LABELS } from "../../../../_components/format";

export const dynamic = "force-dynamic";

/** The gradebook as CSV: one row per student and assignment. Only the class's teacher gets it; anyone else a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return teacherCsv(id, getGradebook, (book) => ({
    prefix: "gradebook",
    title: book.class.name,
    header: ["Student", "Email", "Assignment", "Due (UTC)", "Status", "Attempts", "Best score", "Questions", "Best %", "Latest score", "Latest %", "Time spent (s)"],
    rows: book.students.flatMap((s) =>
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
    ),
  }));
}
