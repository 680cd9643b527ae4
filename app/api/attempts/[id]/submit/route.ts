import { submitAttempt } from "@/server/data/attempts";
import { getViewer } from "@/server/viewer";
import { overloadSafe } from "@/server/api/overload";
import { json, jsonError } from "@/server/api/json";
import { isId } from "@/lib/validation/ids";

/** Submits and scores the attempt on the server from its stored responses. Submitting again returns the same score. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return overloadSafe(async () => {
    const { id } = await params;
    if (!isId(id)) return jsonError(404, "No such attempt.");
    const result = await submitAttempt(await getViewer(), id);
    if (!result) return jsonError(404, "No such attempt.");
    return json(result);
  });
}
