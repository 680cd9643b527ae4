import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Prisma `where` fragment for the articles a viewer may read:
 * - public articles (the library), for everyone;
 * - the viewer's own articles, whatever their visibility;
 * - "classes" articles whose author teaches a class the viewer is enrolled in;
 * - any article with a question set assigned to a class the viewer is enrolled in (assigning shares it).
 * Pass null for a signed-out visitor (guests read the library only).
 */
export function readableArticles(userId: string | null): Prisma.ArticleWhereInput {
  if (!userId) return { visibility: "public" };
  const enrolled = { enrollments: { some: { userId } } };
  return {
    OR: [
      { visibility: "public" },
      { authorId: userId },
      { visibility: "classes", author: { classesTaught: { some: enrolled } } },
      { versions: { some: { questionSets: { some: { assignments: { some: { class: enrolled } } } } } } },
    ],
  };
}
