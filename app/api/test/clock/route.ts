import { NextResponse } from "next/server";
import { z } from "zod";
import { CLOCK_COOKIE, clockCanMove, MAX_OFFSET_DAYS, now } from "@/server/clock";

// Test-only: moves this browser's clock by whole days on the e2e server (LECTIO_E2E=1). Everywhere else the
// route does not exist (404), whatever is sent.

const ClockSchema = z.object({
  days: z.number().int("days must be a whole number").min(-MAX_OFFSET_DAYS).max(MAX_OFFSET_DAYS),
});

const notFound = () => NextResponse.json({ message: "Not found" }, { status: 404 });

export async function GET() {
  if (!clockCanMove()) return notFound();
  return NextResponse.json({ now: (await now()).toISOString() });
}

export async function POST(request: Request) {
  if (!clockCanMove()) return notFound();
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ message: "Send JSON: { \"days\": 3 }" }, { status: 400 });
  }
  const parsed = ClockSchema.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json({ message: `days must be a whole number from -${MAX_OFFSET_DAYS} to ${MAX_OFFSET_DAYS}` }, { status: 400 });
  }
  const { days } = parsed.data;
  const response = NextResponse.json({ days, now: new Date(Date.now() + days * 86_400_000).toISOString() });
  response.cookies.set(CLOCK_COOKIE, String(days), { httpOnly: true, sameSite: "lax", path: "/", maxAge: days === 0 ? 0 : 60 * 60 * 24 });
  return response;
}
