// The teacher's side of articles: add, curate, version, publish, print. Every function takes the signed-in user's id
// and finds rows only through `article.authorId = userId` (working-set.ts), so another teacher's article reads as
// "not found" (null / a failure), never as data.
//
//   working-set.ts  ownership (articleOf), the working set and the editable copy of it, result types
//   checks.ts       the rules as a teacher reads them: messages, which block saving or publishing
//   generation.ts   an article's text checked and questioned, with the messages for bad input
//   versions.ts     adding an article, replacing its text (a new version), its details
//   questions.ts    edits of the working set's questions, questions written by hand
//   publishing.ts   publishing and regenerating the working set
//   reads.ts        the teacher's list, the curation page, the printable worksheet

export type { Failure } from "./working-set";
export { createTeacherArticle, updateArticleDetails, updateArticleText } from "./versions";
export { addManualQuestion, moveQuestion, setQuestionPool, setQuestionRemoved, updateQuestion } from "./questions";
export { publishQuestionSet, regenerateQuestionSet } from "./publishing";
export { getArticleForCuration, getPrintableSet, listTeacherArticles, type CurationQuestion, type PrintableSet } from "./reads";
