/**
 * The generator to snapshot: lib/qgen as it is in the working tree, or as it was at a git commit. A commit's lib/
 * (and any file outside lib/ that lib/qgen imports) is exported with `git archive` into .cache/eval/<sha>/ inside
 * the repository, so that its npm imports (compromise, wink-nlp…) resolve from the repository's node_modules, and
 * imported from there.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { EvalError } from "./errors";

export type GenerateFn = (input: { title: string; body: string }, options: Record<string, unknown>) => unknown;

export interface LoadedGenerator {
  generate: GenerateFn;
  /** The body normalisation of the same tree (lib/content/normalize), the one its seed and app use. */
  normalize: (raw: string) => string;
  /** The module's GENERATOR export, when it has one (used when every text is refused). */
  version?: string;
  /** "working tree" or the commit's full sha. */
  source: string;
}

function git(repo: string, args: string[]): { ok: boolean; out: Buffer; err: string } {
  const r = spawnSync("git", ["-C", repo, ...args], { maxBuffer: 512 * 1024 * 1024 });
  return { ok: r.status === 0, out: r.stdout ?? Buffer.alloc(0), err: (r.stderr ?? "").toString().trim() };
}

/** The full sha of a commit-ish, or a clear error. */
export function resolveCommit(repo: string, ref: string): string {
  if (ref.startsWith("-")) throw new EvalError(`--ref ${ref}: not a git ref`);
  const r = git(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if (!r.ok) throw new EvalError(`--ref ${ref}: no such commit in ${repo}`);
  return r.out.toString().trim();
}

function extract(repo: string, sha: string, paths: string[], dir: string): void {
  const archive = git(repo, ["archive", "--format=tar", sha, "--", ...paths]);
  if (!archive.ok) throw new EvalError(`git archive ${sha.slice(0, 12)} ${paths.join(" ")} failed: ${archive.err}`);
  const tar = spawnSync("tar", ["-x", "-C", dir], { input: archive.out });
  if (tar.status !== 0) throw new EvalError(`unpacking ${sha.slice(0, 12)} into ${dir} failed: ${(tar.stderr ?? "").toString().trim()}`);
}

const IMPORT = /(?:^|[^\w$.])(?:import|export)\s+(?:[^"'`;]*?\sfrom\s*)?["']([^"']+)["']|(?:^|[^\w$.])(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g;
const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", ".json", "/index.ts", "/index.tsx", "/index.js"];

/** The module specifiers a source file imports (static, dynamic, re-exports, require). */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) out.push(m[1] ?? m[2]);
  return out;
}

/**
 * Exports a commit's lib/ into `dir`, then every file outside it that lib/qgen/index.ts reaches through relative or
 * "@/" imports (followed transitively). npm packages are not exported: they resolve from node_modules.
 */
export function exportTree(repo: string, sha: string, dir: string): void {
  const tree = new Set(git(repo, ["ls-tree", "-r", "--name-only", sha]).out.toString().split("\n").filter(Boolean));
  if (!tree.has("lib/qgen/index.ts")) throw new EvalError(`commit ${sha.slice(0, 12)} has no lib/qgen/index.ts`);
  extract(repo, sha, ["lib"], dir);
  const seen = new Set<string>();
  const queue = ["lib/qgen/index.ts"];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(tsx?|mts|m?js)$/.test(file)) continue;
    for (const spec of importsOf(readFileSync(path.join(dir, file), "utf8"))) {
      let base: string;
      if (spec.startsWith("@/")) base = spec.slice(2);
      else if (spec.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      else continue;
      const found = EXTENSIONS.map((e) => base + e).find((p) => tree.has(p));
      if (found === undefined) continue;
      if (!existsSync(path.join(dir, found))) extract(repo, sha, [found], dir);
      queue.push(found);
    }
  }
}

async function importTs(file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

async function fromTree(dir: string, source: string, fallbackNormalize: string): Promise<LoadedGenerator> {
  const qgen = await importTs(path.join(dir, "lib/qgen/index.ts"));
  if (typeof qgen.generateQuestionSet !== "function") throw new EvalError(`${source}: lib/qgen/index.ts exports no generateQuestionSet`);
  const normalizeFile = path.join(dir, "lib/content/normalize.ts");
  const norm = await importTs(existsSync(normalizeFile) ? normalizeFile : fallbackNormalize);
  if (typeof norm.normalizeBody !== "function") throw new EvalError(`${source}: lib/content/normalize.ts exports no normalizeBody`);
  return {
    generate: qgen.generateQuestionSet as GenerateFn,
    normalize: norm.normalizeBody as (raw: string) => string,
    version: typeof qgen.GENERATOR === "string" ? qgen.GENERATOR : undefined,
    source,
  };
}

/**
 * The generator of the working tree of `repo`, or of commit `ref` (exported once into
 * <repo>/.cache/eval/<sha>/ and reused; a half-finished export is never used).
 */
export async function loadGenerator(repo: string, ref?: string): Promise<LoadedGenerator> {
  const workingNormalize = path.join(repo, "lib/content/normalize.ts");
  if (ref === undefined) return fromTree(repo, "working tree", workingNormalize);
  const sha = resolveCommit(repo, ref);
  const cache = path.join(repo, ".cache/eval");
  const dir = path.join(cache, sha);
  if (!existsSync(path.join(dir, ".complete"))) {
    const tmp = path.join(cache, `${sha}.tmp-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    try {
      exportTree(repo, sha, tmp);
      writeFileSync(path.join(tmp, ".complete"), `${sha}\n`);
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
  }
  return fromTree(dir, sha, workingNormalize);
}
