import { moveFrom } from "@/server/data/attempts";
import { getViewer } from "@/server/viewer";
import { overloadSafe } from "@/server/api/overload";
import { json, jsonError, readJson } from "@/server/api/json";
import { isId } from "@/lib/validation/ids";
import { PositionBodySchema } from "@/lib/validation/quiz-api";

/** Moves to the next (delta 1) or previous (delta -1) question from `questionId`. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return overloadSafe(async () => {
    const { id } = await params;
    if (!isId(id)) return jsonError(404, "No such attempt.");
    const body = await readJson(request, PositionBodySchema);
    if ("response" in body) return body.response;
    const moved = await moveFrom(await getViewer(), id, body.data.questionId, body.data.delta);
    if (!moved) return jsonError(404, "No such open attempt or question.");
    return json(moved === "end" ? { end: true } : { index: moved.index });
  });
}
