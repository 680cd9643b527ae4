import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers (docs/architecture.md), enforced: arrows point one way, app → server → lib, and components/ sit
// beside app/ as shared UI. One `no-restricted-imports` entry per group of files (a later entry for the same file
// would replace an earlier one, not add to it), built from these pieces.

/** Prisma and its generated client: queries live in server/ (server/data), nowhere above it. */
const NO_DATABASE = [
  { group: ["@/server/db", "**/server/db", "@/generated/*", "**/generated/prisma/*", "@prisma/*"], message: "Queries live in server/data; call a function there instead." },
];

/** Another route's private folder (`_components`, `_actions`, …): a route may use its own and its ancestors' only. */
const NO_OTHER_ROUTES_PRIVATE = [
  { regex: "^@/app/(.*/)?_", message: "Import a route's private folder by a relative path from inside that route; to share it, move it to components/." },
  // a relative path that climbs (or not) and then goes down a folder before the private one: a sibling's or a child's
  { regex: "^\\.\\.?/(\\.\\./)*([^/._][^/]*/)+_", message: "That is another route's private folder; move what both need to components/ (or lib/)." },
];

const NO_APP = [{ regex: "^(@/|(\\.\\./)+)app(/|$)", message: "components/ and lib/ never import from app/: pass what they need as props (a server action too)." }];

const LIB_ONLY = [
  ...NO_APP,
  { regex: "^(@/|(\\.\\./)+)(server|components)(/|$)", message: "lib/ is pure: it imports nothing from server/ or components/." },
  { group: ["next", "next/*", "react", "react-dom", "server-only"], message: "lib/ is framework-free TypeScript: no Next.js, React or server-only." },
  ...NO_DATABASE,
];

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const config = [
  ...nextVitals,
  ...nextTs,
  // Playwright fixtures call `use()`, which is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  { files: ["lib/**"], rules: restrict(LIB_ONLY) },
  { files: ["components/**"], rules: restrict([...NO_APP, ...NO_DATABASE]) },
  { files: ["app/**", "proxy.ts"], rules: restrict([...NO_OTHER_ROUTES_PRIVATE, ...NO_DATABASE]) },
  { ignores: [".next*/**", ".cache/**", "generated/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
