import { getRunnerView } from "@/server/data/attempt-view";
import { getViewer } from "@/server/viewer";
import { overloadSafe } from "@/server/api/overload";
import { json, jsonError } from "@/server/api/json";
import { isId } from "@/lib/validation/ids";

/** The viewer's attempt as the runner sees it: the current question, and feedback only when it is due. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return overloadSafe(async () => {
    const { id } = await params;
    if (!isId(id)) return jsonError(404, "No such attempt.");
    const view = await getRunnerView(await getViewer(), id);
    if (!view) return jsonError(404, "No such attempt.");
    return json(view);
  });
}
