// The floor app's build settings. The benchmark copies this folder out of the project (.data/bench-web/floor)
// and builds it there with the project's own Next.js.
import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Turbopack needs a root that holds both the app and the Next.js package: in a checkout whose node_modules is
// a link to another folder, that is the two folders' common ancestor (in a plain clone, the project).
const here = realpathSync(import.meta.dirname);
const nextDir = realpathSync(path.dirname(createRequire(import.meta.url).resolve("next/package.json")));
let root = here;
while (!(nextDir + path.sep).startsWith(root + path.sep) && path.dirname(root) !== root) root = path.dirname(root);

const config = { poweredByHeader: false, turbopack: { root }, outputFileTracingRoot: root };
export default config;
