// One simulated student taking a quiz through Lectio's JSON API, as the load benchmark and the crash test
// drive it: start → (answer, next) × N → submit. Records every request's latency and what the server acknowledged.

export interface FlowRecorder {
  latencies: number[];
  errors: Map<string, number>;
  /** Responses the server acknowledged with a 2xx: "attemptId/questionId". */
  acknowledged: Set<string>;
  /** Attempts the server acknowledged as submitted, with the score it returned. */
  submitted: Map<string, number>;
  attempts: Set<string>;
}

export function newRecorder(): FlowRecorder {
  return { latencies: [], errors: new Map(), acknowledged: new Set(), submitted: new Map(), attempts: new Set() };
}

interface View {
  id: string;
  total: number;
  question: { id: string; type: string; options: string[]; items: string[] };
}

class FlowError extends Error {}

async function call(rec: FlowRecorder, base: string, path: string, init: RequestInit & { cookie?: string }, label: string) {
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await fetch(base + path, {
      ...init,
      headers: { ...(init.body ? { "content-type": "application/json" } : {}), ...(init.cookie ? { cookie: init.cookie } : {}) },
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    text = await response.text();
  } catch (error) {
    // The connection failed or closed before the whole reply arrived: nothing was acknowledged.
    const key = `${label}: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : "failed"}`;
    rec.errors.set(key, (rec.errors.get(key) ?? 0) + 1);
    throw new FlowError(key);
  }
  rec.latencies.push(performance.now() - started);
  if (response.status >= 400) {
    const key = `${label}: HTTP ${response.status}`;
    rec.errors.set(key, (rec.errors.get(key) ?? 0) + 1);
    throw new FlowError(key);
  }
  return { response, body: text ? (JSON.parse(text) as unknown) : null };
}

function answerFor(q: View["question"]): string | string[] {
  if (q.type === "matching") return q.items.map((_, i) => q.options[i % q.options.length]);
  if (q.options.length > 0) return q.options[0];
  return "an answer";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Pace {
  /** Milliseconds before the student starts. */
  startDelay: number;
  /** Milliseconds spent reading each question before answering. */
  think: () => number;
}

const NO_PAUSE: Pace = { startDelay: 0, think: () => 0 };

/** Runs one student to the end (or to the first error, which is recorded). */
export async function runStudent(rec: FlowRecorder, base: string, slug: string, maxQuestions: number, pace: Pace = NO_PAUSE): Promise<void> {
  await sleep(pace.startDelay);
  try {
    const start = await call(rec, base, "/api/attempts", { method: "POST", body: JSON.stringify({ slug, mode: "test" }) }, "start");
    const cookie = (start.response.headers.get("set-cookie") ?? "").split(";")[0];
    let view = start.body as View;
    const attemptId = view.id;
    rec.attempts.add(attemptId);
    const count = Math.min(maxQuestions, view.total);
    for (let i = 0; i < count; i++) {
      if (i > 0) view = (await call(rec, base, `/api/attempts/${attemptId}`, { method: "GET", cookie }, "view")).body as View;
      const questionId = view.question.id;
      const thinking = pace.think();
      if (thinking > 0) await sleep(thinking);
      await call(rec, base, `/api/attempts/${attemptId}/responses`, { method: "POST", cookie, body: JSON.stringify({ questionId, answer: answerFor(view.question) }) }, "answer");
      rec.acknowledged.add(`${attemptId}/${questionId}`);
      if (i < count - 1) await call(rec, base, `/api/attempts/${attemptId}/position`, { method: "POST", cookie, body: JSON.stringify({ questionId, delta: 1 }) }, "next");
    }
    const done = await call(rec, base, `/api/attempts/${attemptId}/submit`, { method: "POST", body: "{}", cookie }, "submit");
    rec.submitted.set(attemptId, (done.body as { score: number }).score);
  } catch (error) {
    if (!(error instanceof FlowError)) throw error;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
