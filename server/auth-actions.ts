/** The endpoints next-auth 4 serves under /api/auth/, by method: `[action, provider?]`. */
const GET_ACTIONS = new Set(["providers", "session", "csrf", "signin", "signout", "callback", "verify-request", "error"]);
const POST_ACTIONS = new Set(["signin", "signout", "callback", "session", "_log"]);

/** Whether next-auth has an endpoint for this method and path (the segments after /api/auth/). */
export function isAuthAction(method: string, segments: readonly string[]): boolean {
  const [action, provider, ...rest] = segments;
  if (action === undefined || rest.length > 0) return false;
  const actions = method === "GET" || method === "HEAD" ? GET_ACTIONS : method === "POST" ? POST_ACTIONS : null;
  if (actions === null || !actions.has(action)) return false;
  // a provider id is a short plain word ("credentials", "github", "google")
  return provider === undefined || /^[a-z0-9_-]{1,40}$/.test(provider);
}
