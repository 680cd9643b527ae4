// `npm start`: migrate, seed, build when stale, serve. `npm run dev`: the same, then `next dev`.
import { spawn } from "node:child_process";
import path from "node:path";
import { providerOf } from "../lib/validation/env";
import { checkedEnv, ensureBuild, ensurePrismaClient, ensureSecret, loadEnvFiles, migrate, ROOT, seed } from "./lib/setup";

const dev = process.argv.includes("--dev");
loadEnvFiles();
const env = checkedEnv();
const provider = providerOf(env.DATABASE_URL);
const childEnv = {
  ...process.env,
  DATABASE_URL: env.DATABASE_URL,
  PORT: String(env.PORT),
  NEXTAUTH_SECRET: ensureSecret(),
  NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
  NEXT_TELEMETRY_DISABLED: "1",
};

ensurePrismaClient(provider, childEnv);
await migrate(childEnv);
seed(childEnv);
if (!dev) ensureBuild(provider, childEnv);

console.log(`Lectio: serving on http://localhost:${env.PORT} (${provider})`);
const server = spawn(path.join(ROOT, "node_modules/.bin/next"), [dev ? "dev" : "start", "-p", String(env.PORT)], {
  cwd: ROOT,
  env: childEnv,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
