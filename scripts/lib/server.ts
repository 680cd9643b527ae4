// Starting Lectio's production server on a database of its own, for the benchmarks and the crash test.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ROOT } from "./setup";

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export interface ServerOptions {
  /** The Next.js app to serve (default: Lectio). */
  cwd?: string;
  /** The path polled until it answers 2xx (default: /api/health). */
  readyPath?: string;
}

export async function startServer(port: number, env: NodeJS.ProcessEnv, { cwd = ROOT, readyPath = "/api/health" }: ServerOptions = {}): Promise<RunningServer> {
  const child = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd,
    env: { ...env, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const r = await fetch(url + readyPath);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error("the server did not start within 60 s");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}
