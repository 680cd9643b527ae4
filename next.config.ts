import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets two builds of this folder run side by side (e.g. a test run while a server runs).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Server actions take bodies up to 3 MB: a 200,000-character article (MAX_ARTICLE_CHARS) in any script, or an
  // 800 KB upload, fits with its form fields; longer pastes are refused in the form with the length message.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  // Types are checked by `npm run typecheck`, which `npm test` runs first; the build doesn't repeat it.
  typescript: { ignoreBuildErrors: true },
  // Native and WebAssembly-backed packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "wink-nlp", "wink-eng-lite-web-model"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
