export interface AnswerRecord {
  articleId: string;
  questionId: string;
  correct: boolean;
  answeredAt: Date;
}

export interface ArticleInfo {
  id: string;
  slug: string;
  title: string;
  /** How many questions the article's current quiz has (the denominator of mastery). */
  questionCount: number;
}

export interface ArticleMastery {
  articleId: string;
  slug: string;
  title: string;
  /** Questions whose latest answer was right. */
  right: number;
  /** Questions answered at least once. */
  answered: number;
  /** Questions in the article's current quiz (at least `answered`). */
  total: number;
  /** right / total, 0–1. */
  share: number;
}

/**
 * Mastery per article: the share of its questions whose latest answer was right. A question answered wrong
 * and later right counts as mastered; right and later wrong does not. Questions never answered count as not
 * mastered, so skipping half a quiz cannot show 100 %. Sorted weakest first, then by title.
 */
export function computeMastery(answers: readonly AnswerRecord[], articles: readonly ArticleInfo[]): ArticleMastery[] {
  const latest = new Map<string, AnswerRecord>();
  for (const a of answers) {
    const seen = latest.get(a.questionId);
    if (!seen || a.answeredAt.getTime() >= seen.answeredAt.getTime()) latest.set(a.questionId, a);
  }
  const perArticle = new Map<string, { right: number; answered: number }>();
  for (const a of latest.values()) {
    const row = perArticle.get(a.articleId) ?? { right: 0, answered: 0 };
    row.answered++;
    if (a.correct) row.right++;
    perArticle.set(a.articleId, row);
  }
  return articles
    .filter((article) => perArticle.has(article.id))
    .map((article) => {
      const { right, answered } = perArticle.get(article.id)!;
      const total = Math.max(article.questionCount, answered);
      return { articleId: article.id, slug: article.slug, title: article.title, right, answered, total, share: total ? right / total : 0 };
    })
    .sort((a, b) => a.share - b.share || a.title.localeCompare(b.title));
}
