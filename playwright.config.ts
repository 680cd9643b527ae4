import { defineConfig, devices } from "@playwright/test";

// Run through `npm test`, which builds the app and passes a throwaway DATABASE_URL (SQLite file or a fresh
// PostgreSQL database). The server migrates and seeds that database before it starts.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// Specs that start a server of their own (the crash test) use the same secret as the test server.
process.env.NEXTAUTH_SECRET ||= "e2e-secret-0123456789abcdef0123456789abcdef";

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `./node_modules/.bin/prisma migrate deploy && ./node_modules/.bin/tsx --conditions=react-server prisma/seed.ts && ./node_modules/.bin/next start -p ${PORT}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "file:./.data/test/e2e.db",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      LECTIO_E2E: "1",
    },
  },
});
