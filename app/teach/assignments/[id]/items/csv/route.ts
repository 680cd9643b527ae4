import { fileSlug, toCsv } from "@/lib/analytics/csv";
import { getSessionUser } from "@/server/auth";
import { getItemAnalysis } from "@/server/data/gradebook";
import { ID_RE } from "../../../../_components/format";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** The item analysis as CSV: one row per question. Only the class's teacher gets it; anyone else a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  if (!user || user.role !== "teacher" || !ID_RE.test(id)) return notFound();
  const data = await getItemAnalysis(user.id, id);
  if (!data) return notFound();
  const rows = data.questions.map((q) => {
    const wrong = q.answers.find((a) => a.mostChosenWrong);
    return [
      q.position,
      q.prompt,
      q.type,
      q.correctAnswer,
      q.students,
      q.answered,
      q.correct,
      round2(q.difficulty),
      round2(q.discrimination),
      wrong?.answer ?? null,
      wrong?.count ?? null,
      q.answers.map((a) => `${a.answer}: ${a.count}`).join(" | "),
      q.flagged,
      q.groupSize,
    ];
  });
  const csv = toCsv(
    [
      "Question",
      "Prompt",
      "Type",
      "Correct answer",
      "Students",
      "Answered",
      "Correct",
      "Share correct",
      "Discrimination",
      "Most chosen wrong answer",
      "Times chosen",
      "Answer counts",
      "Check this question",
      "Students per group",
    ],
    rows,
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="item-analysis-${fileSlug(data.assignment.title)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
