import { teacherCsv } from "@/server/api/csv";
import { getItemAnalysis } from "@/server/data/gradebook";

export const dynamic = "force-dynamic";

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** The item analysis as CSV: one row per question. Only the class's teacher gets it; anyone else a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return teacherCsv(id, getItemAnalysis, (data) => ({
    prefix: "item-analysis",
    title: data.assignment.title,
    header: [
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
    rows: data.questions.map((q) => {
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
    }),
  }));
}
