/** Liveness for load balancers (and the load benchmark's baseline): answers without touching the database. */
export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
