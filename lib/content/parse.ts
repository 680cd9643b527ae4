import matter from "gray-matter";
import { createHash } from "node:crypto";
import { z } from "zod";
import { countWords, normalizeBody } from "./normalize";

export const ArticleFrontMatterSchema = z.object({
  title: z.string().trim().min(1, "title is required").max(200),
  summary: z.string().trim().max(400).default(""),
  published: z.coerce.date().optional(),
  source: z.string().trim().max(200).default(""),
  level: z.enum(["Beginner", "Intermediate", "Advanced"]).default("Intermediate"),
  tags: z.array(z.string().trim().min(1).max(40)).max(12).default([]),
});

export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;

export interface ParsedArticle extends ArticleFrontMatter {
  body: string;
  hash: string;
  words: number;
}

/** The sha-256 of a normalised body, hex. Two texts with the same hash are the same version. */
export function contentHash(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}

export class ArticleParseError extends Error {}

/** Parse a Markdown file with front matter (title required) into a normalised article. */
export function parseArticleMarkdown(source: string, fallbackTitle?: string): ParsedArticle {
  const { data, content } = matter(source);
  const front = ArticleFrontMatterSchema.safeParse({ title: fallbackTitle, ...data });
  if (!front.success) {
    const issue = front.error.issues[0];
    throw new ArticleParseError(`front matter: ${issue.path.join(".") || "value"}: ${issue.message}`);
  }
  const body = normalizeBody(content);
  if (body.length === 0) throw new ArticleParseError("the article has no text");
  return { ...front.data, body, hash: contentHash(body), words: countWords(body) };
}

/** A URL slug made from a file name or a title. */
export function slugify(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\.(md|txt)$/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
