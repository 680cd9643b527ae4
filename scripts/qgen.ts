/**
 * npm run --silent qgen -- <file.md|file.txt|-> [--seed N] [--count N]
 * Prints one JSON object (the contract in docs/qgen.md); bad input exits non-zero with one line on stderr.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { normalizeBody } from "../lib/content/normalize";
import { parseArticleMarkdown } from "../lib/content/parse";
import { generateQuestionSet, QgenInputError, MAX_INPUT_CHARS } from "../lib/qgen";

function fail(message: string, code = 1): never {
  process.stderr.write(`qgen: ${message.replace(/\s+/g, " ").trim()}\n`);
  process.exit(code);
}

function usage(): never {
  fail("usage: npm run --silent qgen -- <file.md|file.txt|-> [--seed N] [--count N]", 2);
}

// `… | head` closes the pipe early: stop quietly instead of throwing EPIPE.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

function main(): void {
  const args = process.argv.slice(2);
  let file: string | null = null;
  let seed: number | undefined;
  let count: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--seed" || a === "--count") {
      const v = Number(args[++i]);
      if (!Number.isInteger(v)) fail(`${a} needs a whole number`, 2);
      if (a === "--seed") seed = v;
      else count = v;
    } else if (a === "-h" || a === "--help") usage();
    else if (file === null) file = a;
    else usage();
  }
  if (file === null) usage();
  let buf: Buffer;
  try {
    buf = file === "-" ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (buf.length > MAX_INPUT_CHARS * 4) fail(`input is too long: ${buf.length} bytes (at most ${MAX_INPUT_CHARS} characters)`);
  if (buf.includes(0)) fail("input looks binary, not text: give a .md or .txt article");
  const raw = buf.toString("utf8");
  let title: string;
  let body: string;
  try {
    if (file !== "-" && path.extname(file).toLowerCase() === ".md") {
      const fallback = path.basename(file, ".md").replace(/[-_]+/g, " ");
      const hasFront = /^---\r?\n/.test(raw);
      if (hasFront) {
        const parsed = parseArticleMarkdown(raw, fallback);
        title = parsed.title;
        body = parsed.body;
      } else {
        // Markdown without front matter: a leading "# Heading" is the title
        const m = /^\s*#\s+(.+)\n/.exec(raw);
        title = m ? m[1].trim() : fallback;
        body = normalizeBody(m ? raw.slice(m[0].length) : raw);
      }
    } else {
      title = file === "-" ? "Untitled" : path.basename(file).replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ");
      body = normalizeBody(raw);
    }
    const out = generateQuestionSet({ title, body }, { seed, count });
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  } catch (e) {
    if (e instanceof QgenInputError) fail(e.message);
    if (e instanceof Error && e.name === "ArticleParseError") fail(e.message);
    if (e instanceof Error && /no text/.test(e.message)) fail("input is empty: give an article's text");
    throw e;
  }
}

main();
