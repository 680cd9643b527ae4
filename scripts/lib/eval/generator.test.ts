import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importsOf, loadGenerator } from "./generator";

const REPO = path.resolve(import.meta.dirname, "../../..");

describe("importsOf", () => {
  it("finds static, type, side-effect, re-export and dynamic imports", () => {
    const src = [
      'import { a } from "./a";',
      'import type { B } from "../b";',
      'import "./side";',
      'export * from "./rules";',
      "import {\n  c,\n  d,\n} from '@/lib/c';",
      'const m = await import("./lazy");',
      'const s = "import nothing from here";',
    ].join("\n");
    expect(importsOf(src)).toEqual(["./a", "../b", "./side", "./rules", "@/lib/c", "./lazy"]);
  });
});

describe("loadGenerator with a git ref", () => {
  // A small repository inside this one's ignored .cache/, so that its exported commits resolve npm packages from
  // this repository's node_modules, as a real old ref of Lectio does.
  mkdirSync(path.join(REPO, ".cache"), { recursive: true });
  const repo = mkdtempSync(path.join(REPO, ".cache/eval-test-"));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", repo, "-c", "user.name=Lectio test", "-c", "user.email=test@lectio.invalid", ...args], { encoding: "utf8" }).trim();
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };
  const generator = (version: string) =>
    [
      'import nlp from "compromise";',
      'import { normalizeBody } from "../content/normalize";',
      'import { WORDS } from "../../shared/words";',
      `export const GENERATOR = "${version}";`,
      "export function generateQuestionSet(input: { title: string; body: string }) {",
      "  const nouns = nlp(input.body).nouns().out('array') as string[];",
      "  return { generator: GENERATOR, words: WORDS, nouns, body: normalizeBody(input.body), questions: [], pool: [] };",
      "}",
    ].join("\n");

  git("init", "-q");
  write("lib/content/normalize.ts", 'export function normalizeBody(raw: string): string { return "normalised: " + raw.trim(); }\n');
  write("shared/words.ts", 'export const WORDS = ["outside lib"];\n');
  write("lib/qgen/index.ts", generator("demo@1"));
  git("add", "-A");
  git("commit", "-q", "-m", "one");
  const first = git("rev-parse", "HEAD");
  write("lib/qgen/index.ts", generator("demo@2"));
  git("commit", "-q", "-am", "two");

  it("imports lib/qgen as it was at the commit, with what it imports outside lib/ and its npm packages", async () => {
    const old = await loadGenerator(repo, first.slice(0, 7));
    expect(old.source).toBe(first);
    expect(old.version).toBe("demo@1");
    const out = old.generate({ title: "T", body: " The harbour bridge opened. " }, {}) as Record<string, unknown>;
    expect(out).toMatchObject({ generator: "demo@1", words: ["outside lib"], body: "normalised: The harbour bridge opened." });
    expect(out.nouns).toContain("The harbour bridge");
    expect(old.normalize(" x ")).toBe("normalised: x");
    const dir = path.join(repo, ".cache/eval", first);
    expect(existsSync(path.join(dir, ".complete"))).toBe(true);
    expect(existsSync(path.join(dir, "shared/words.ts"))).toBe(true);

    const now = await loadGenerator(repo);
    expect(now.version).toBe("demo@2");
    expect(now.source).toBe("working tree");
  });

  it("names an unknown ref clearly", async () => {
    await expect(loadGenerator(repo, "no-such-branch")).rejects.toThrow("--ref no-such-branch: no such commit");
  });
});
