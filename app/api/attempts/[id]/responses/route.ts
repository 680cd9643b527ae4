import { recordResponse } from "@/server/data/responses";
import { getPracticeFeedback } from "@/server/data/attempt-view";
import { getViewer } from "@/server/viewer";
import { overloadSafe } from "@/server/api/overload";
import { json, jsonError, readJson } from "@/server/api/json";
import { isId } from "@/lib/validation/ids";
import { ResponseBodySchema } from "@/lib/validation/quiz-api";

/**
 * Stores an answer: `{ questionId, answer }`. Idempotent (a re-send returns the stored result). The reply
 * reveals the correct answer only when the attempt's mode allows it (practice, once stored).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return overloadSafe(async () => {
    const { id } = await params;
    if (!isId(id)) return jsonError(404, "No such attempt.");
    const body = await readJson(request, ResponseBodySchema);
    if ("response" in body) return body.response;
    const viewer = await getViewer();
    const result = await recordResponse(viewer, id, body.data.questionId, body.data.answer);
    if (!result) return jsonError(404, "No such question in your attempt.");
    if (result.status === "closed") return jsonError(409, "This attempt is submitted and can no longer change.");
    if (result.status === "invalid") return jsonError(422, result.message);
    // Test mode reveals nothing before submission, so only practice answers read their feedback back.
    const feedback = result.mode === "practice" ? await getPracticeFeedback(viewer, id, body.data.questionId) : null;
    return json({ stored: true, created: result.created, feedback });
  });
}
