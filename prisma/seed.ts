// Loads every article in content/articles/ into the database. Idempotent: running it twice changes nothing;
// an edited article updates in place (a new version of its text, with a question set generated for it).
// Run with `npm run db:seed` (npm start runs it too).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArticleMarkdown, slugify } from "../lib/content/parse";
import { importLibraryArticle } from "../server/data/articles";
import { db } from "../server/db";

const dir = path.join(import.meta.dirname, "../content/articles");

async function main() {
  const files = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const file of files) {
    const parsed = parseArticleMarkdown(readFileSync(path.join(dir, file), "utf8"));
    const result = await importLibraryArticle(slugify(file), parsed);
    counts[result]++;
    if (result !== "unchanged") console.log(`  ${result}: ${file}`);
  }
  console.log(`Lectio seed: ${files.length} articles (${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged).`);
}

main()
  .catch((error: unknown) => {
    console.error(`Lectio seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
