import { startAttempt } from "@/server/data/attempts";
import { getRunnerView } from "@/server/data/attempt-view";
import { ensureViewer } from "@/server/viewer";
import { overloadSafe } from "@/server/api/overload";
import { json, jsonError, readJson } from "@/server/api/json";
import { StartAttemptBodySchema } from "@/lib/validation/quiz-api";

/** Starts a quiz on an article: `{ slug, mode }` → 201 with the attempt's first question (no answers). */
export async function POST(request: Request) {
  return overloadSafe(async () => {
    const body = await readJson(request, StartAttemptBodySchema);
    if ("response" in body) return body.response;
    const viewer = await ensureViewer();
    const started = await startAttempt(viewer, body.data.slug, body.data.mode);
    if (!started) return jsonError(404, "No quiz for that article.");
    if ("message" in started) return jsonError(409, started.message);
    return json(await getRunnerView(viewer, started.id), 201);
  });
}
