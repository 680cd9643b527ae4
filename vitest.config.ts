import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // server/ files import "server-only" to keep them out of client bundles; in unit tests they run in Node.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["{lib,server,scripts,prisma,components,app}/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    globalSetup: ["./server/test/global-setup.ts"],
    setupFiles: ["./server/test/setup-db.ts"],
  },
});
