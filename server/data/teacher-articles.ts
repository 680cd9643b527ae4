import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { GENERATOR, generateQuestionSet, QgenInputError, RULES, SET_RULES, MIN_INPUT_WORDS } from "@/lib/qgen";
import type { GeneratedQuestion, QuestionSetOutput, QuestionType } from "@/lib/qgen/types";
import { shuffled } from "@/lib/qgen/rng";
import { withRun } from "@/lib/qgen/memo";
import { countWords, normalizeBody } from "@/lib/content/normalize";
import { contentHash, slugify } from "@/lib/content/parse";
import {
  MAX_ARTICLE_CHARS,
  type ArticleDetails,
  type ManualQuestionInput,
  type NewArticleInput,
  type QuestionEdit,
  type Visibility,
} from "@/lib/validation/teacher-article";
import { db } from "../db";
import { askedBy, questionFromRow, questionRow, stringList, type QuestionRowData } from "../question-rows";

// The teacher's side of articles: add, curate, version, publish, print. Every function takes the signed-in
// user's id and finds rows only through `article.authorId = userId`, so another teacher's article reads as
// "not found" (null / a failure), never as data.

type Tx = Prisma.TransactionClient;

export type Failure = { ok: false; message?: string; fieldErrors?: Record<string, string[]> };
const fail = (message: string, field?: string): Failure => (field ? { ok: false, fieldErrors: { [field]: [message] } } : { ok: false, message });
const NOT_FOUND: Failure = { ok: false, message: "That article or question was not found." };

// ---------------------------------------------------------------- question rules for human questions

/**
 * The generator's rules, split for human-written questions: the ones that make a question wrong block saving
 * (errors); the stylistic ones a person may knowingly break are shown as warnings on the question.
 */
export const RULE_MESSAGES: Record<string, string> = {
  ruleEvidenceMatchesBody: "The evidence must be text selected from this article",
  ruleOneCorrectOption: "Exactly one option must be correct, and the options must differ",
  ruleAnswerInEvidence: "The answer must be found in the evidence",
  ruleQuoteBoundary: "Quotation marks must be balanced",
  ruleNoPronounOrTitleAnswer: "An answer cannot be a bare pronoun or title",
  ruleNoAnswerInStem: "The question gives away words of its answer",
  ruleNoDanglingPronoun: "The question starts with a pronoun a reader cannot resolve",
  ruleSelfContained: "The question points to someone or something it does not name, so it cannot be read on its own",
  ruleSameKindOptions: "Some options are not the same kind of thing as the answer",
  ruleDistractorsNotTrue: "A wrong option is stated in the evidence (so it is also true)",
  ruleDistractorsNotTrueInArticle: "A wrong option is also true according to another part of the article",
  ruleNotSaidOthersSaid: "For \"which does the article NOT say\", every other option must be said by the article",
  rulePlaceOptionsDisjoint: "Two place options overlap (one lies inside the other), so both could be right",
  ruleMatchingConsistent: "The items to match should be one kind of thing, written the same way",
  ruleBlankOptionsFit: "An option does not fit the sentence around the blank",
  ruleHedgeKept: "The article's hedge on a number (\"about\", \"at least\") is missing",
  ruleRelativeDatesKept: "A date is not in the article's words",
  ruleCleanStem: "Wording",
  ruleClozeHasContext: "The blank has too few words around it to be answerable",
  // set-level rules (SET_RULES), checked on publish
  ruleNoDuplicateFacts: "Two quiz questions ask the same fact",
  ruleCoversArticle: "The quiz does not cover the whole article",
};
/** Set-level rules that block publishing; the others are shown as warnings on the set. */
const HARD_SET_RULES = new Set(["ruleNoDuplicateFacts"]);
const HARD_RULES = new Set(["ruleEvidenceMatchesBody", "ruleOneCorrectOption", "ruleQuoteBoundary", "ruleNoPronounOrTitleAnswer", "ruleAnswerInEvidence"]);

export function checkQuestion(q: GeneratedQuestion, body: string): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const [name, rule] of Object.entries(RULES)) {
    const reason = rule(q, body);
    if (!reason) continue;
    const text = `${RULE_MESSAGES[name] ?? name}: ${reason}.`;
    // A true/false statement may paraphrase its evidence; the other answers must be in it.
    const hard = HARD_RULES.has(name) && !(name === "ruleAnswerInEvidence" && q.type === "true_false");
    (hard ? errors : warnings).push(text);
  }
  return { errors, warnings };
}

/** The set-level rules on a quiz's questions (in order): duplicates block publishing, thin coverage is a warning. */
export function checkSet(questions: GeneratedQuestion[], body: string): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const [name, rule] of Object.entries(SET_RULES)) {
    const reason = rule(questions, body);
    if (!reason) continue;
    (HARD_SET_RULES.has(name) ? errors : warnings).push(`${RULE_MESSAGES[name] ?? name}: ${reason}.`);
  }
  return { errors, warnings };
}

// ---------------------------------------------------------------- generation

function generate(title: string, body: string): { ok: true; output: QuestionSetOutput } | Failure {
  try {
    const output = generateQuestionSet({ title, body });
    if (output.questions.length === 0) {
      return fail(
        "Lectio found no facts to ask about in this text. Add more of the article (full sentences with names, numbers and events).",
        "body",
      );
    }
    return { ok: true, output };
  } catch (error) {
    if (!(error instanceof QgenInputError)) throw error;
    const words = countWords(body);
    const messages: Record<QgenInputError["code"], string> = {
      empty: "Paste the article's text, or upload a .md or .txt file.",
      binary: "The text looks like binary data, not an article. Paste plain text, or upload a .md or .txt file saved as UTF-8.",
      too_long: `The text is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters. Split the article and add it in parts.`,
      too_short: `The text is too short to question: ${words} word${words === 1 ? "" : "s"}, and Lectio needs at least ${MIN_INPUT_WORDS}. Paste the whole article.`,
    };
    return fail(messages[error.code], "body");
  }
}

/** Normalise and check an article text before any row is written. */
function prepareBody(raw: string): { ok: true; body: string } | Failure {
  const body = normalizeBody(raw);
  if (body.length === 0) return fail("Paste the article's text, or upload a .md or .txt file.", "body");
  if (body.length > MAX_ARTICLE_CHARS) {
    return fail(`The text has ${body.length.toLocaleString("en-US")} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en-US")}. Split the article and add it in parts.`, "body");
  }
  return { ok: true, body };
}

const newSlug = (title: string) => `${slugify(title) || "article"}-${randomBytes(3).toString("hex")}`;

// ---------------------------------------------------------------- create

/**
 * Add a teacher's article: version 1 and a draft question set generated from it, all in one transaction
 * (bad input writes nothing).
 */
export async function createTeacherArticle(userId: string, input: NewArticleInput): Promise<{ ok: true; id: string; slug: string } | Failure> {
  const teacher = await db.user.findFirst({ where: { id: userId, role: "teacher" }, select: { id: true } });
  if (!teacher) return fail("Only teachers can add articles.");
  const prepared = prepareBody(input.body);
  if (!prepared.ok) return prepared;
  const { body } = prepared;
  const generated = generate(input.title, body);
  if (!generated.ok) return generated;
  const { output } = generated;
  const slug = newSlug(input.title);
  const article = await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        slug,
        title: input.title,
        source: input.source,
        level: input.level,
        tags: JSON.stringify(input.tags),
        visibility: input.visibility,
        origin: "teacher",
        authorId: userId,
      },
    });
    const version = await tx.articleVersion.create({
      data: { articleId: article.id, number: 1, hash: contentHash(body), body, words: countWords(body) },
    });
    await createDraftSet(tx, version.id, userId, output, []);
    return article;
  });
  return { ok: true, id: article.id, slug: article.slug };
}

async function createDraftSet(tx: Tx, versionId: string, userId: string, output: QuestionSetOutput, carried: QuestionRowData[]): Promise<string> {
  const set = await tx.questionSet.create({ data: { versionId, generator: output.generator, status: "draft", authorId: userId } });
  const carriedKeys = new Set(carried.map((r) => r.key));
  const rows = [
    ...output.questions.filter((q) => !carriedKeys.has(q.id)).map((q, i) => questionRow(q, i, false)),
    ...output.pool.filter((q) => !carriedKeys.has(q.id)).map((q, i) => questionRow(q, output.questions.length + i, true)),
  ];
  const base = rows.length;
  await tx.question.createMany({
    data: [...rows, ...carried.map((r, i) => ({ ...r, position: base + i }))].map((row) => ({ ...row, setId: set.id })),
  });
  return set.id;
}

// ---------------------------------------------------------------- reads

export interface TeacherArticleSummary {
  id: string;
  slug: string;
  title: string;
  level: string;
  visibility: Visibility;
  updatedAt: Date;
  version: number;
  status: "draft" | "published" | "none";
  questions: number;
  hasPublished: boolean;
}

/** The teacher's own articles, most recently changed first. */
export async function listTeacherArticles(userId: string): Promise<TeacherArticleSummary[]> {
  const articles = await db.article.findMany({
    where: { authorId: userId },
    orderBy: { updatedAt: "desc" },
    include: {
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        include: {
          questionSets: {
            orderBy: { createdAt: "desc" },
            take: 1,
            include: { _count: { select: { questions: { where: { pool: false, removed: false } } } } },
          },
        },
      },
    },
  });
  const published = await db.questionSet.findMany({
    where: { status: "published", version: { article: { authorId: userId } } },
    select: { version: { select: { articleId: true } } },
  });
  const live = new Set(published.map((s) => s.version.articleId));
  return articles.map((a) => {
    const version = a.versions[0];
    const set = version?.questionSets[0];
    return {
      id: a.id,
      slug: a.slug,
      title: a.title,
      level: a.level,
      visibility: a.visibility as Visibility,
      updatedAt: a.updatedAt,
      version: version?.number ?? 0,
      status: set ? (set.status === "published" ? "published" : "draft") : "none",
      questions: set?._count.questions ?? 0,
      hasPublished: live.has(a.id),
    };
  });
}

export interface CurationQuestion {
  id: string;
  key: string;
  type: QuestionType;
  prompt: string;
  choices: string[];
  items: string[];
  answer: string | string[];
  accept: string[];
  evidence: { start: number; end: number; text: string };
  explanation: string;
  pool: boolean;
  removed: boolean;
  editedByHuman: boolean;
  manual: boolean;
  warnings: string[];
  errors: string[];
}

export interface ArticleForCuration {
  id: string;
  slug: string;
  title: string;
  source: string;
  level: string;
  tags: string[];
  visibility: Visibility;
  version: { id: string; number: number; body: string; words: number; count: number };
  set: {
    id: string;
    status: "draft" | "published";
    generator: string;
    publishedAt: Date | null;
    attempts: number;
    assignments: number;
    /** The generator has been upgraded since this set was made: regenerating may offer new questions. */
    outdated: boolean;
  } | null;
  /** Quiz questions in order, then the review pool (offered questions), then removed ones. */
  questions: CurationQuestion[];
  /** The set-level rules on the quiz: errors block publishing, warnings do not. */
  setCheck: { errors: string[]; warnings: string[] };
  /** Some set of some version is published: readers see the article (at that version). */
  hasPublished: boolean;
  currentGenerator: string;
}

const articleOf = (userId: string, articleId: string) => ({ id: articleId, authorId: userId });

/** The newest set of the newest version: the one the teacher curates. */
async function workingSet(client: Tx | typeof db, userId: string, articleId: string) {
  const version = await client.articleVersion.findFirst({
    where: { article: articleOf(userId, articleId) },
    orderBy: { number: "desc" },
  });
  if (!version) return null;
  const set = await client.questionSet.findFirst({ where: { versionId: version.id }, orderBy: { createdAt: "desc" } });
  return { version, set };
}

/** An article its author curates, with the working set's questions. Null for anyone but the author. */
export async function getArticleForCuration(userId: string, articleId: string): Promise<ArticleForCuration | null> {
  const article = await db.article.findFirst({ where: articleOf(userId, articleId) });
  if (!article) return null;
  const working = await workingSet(db, userId, articleId);
  if (!working) return null;
  const { version, set } = working;
  const [count, rows, attempts, assignments, published] = await Promise.all([
    db.articleVersion.count({ where: { articleId } }),
    set ? db.question.findMany({ where: { setId: set.id }, orderBy: { position: "asc" } }) : Promise.resolve([]),
    set ? db.attempt.count({ where: { setId: set.id } }) : Promise.resolve(0),
    set ? db.assignment.count({ where: { setId: set.id } }) : Promise.resolve(0),
    db.questionSet.count({ where: { status: "published", version: { articleId } } }),
  ]);
  const rank = (r: { pool: boolean; removed: boolean }) => (r.removed ? 2 : r.pool ? 1 : 0);
  // (one memo run for the whole page: the rules build the article's word index once, not once per question)
  const questions = withRun(version.body, () => [...rows]
    .sort((a, b) => rank(a) - rank(b) || a.position - b.position)
    .map((row): CurationQuestion => {
      const q = questionFromRow(row);
      const check = checkQuestion(q, version.body);
      return {
        id: row.id,
        key: row.key,
        type: q.type,
        prompt: q.prompt,
        choices: q.choices ?? [],
        items: q.items ?? [],
        answer: q.answer,
        accept: q.accept ?? [],
        evidence: q.evidence,
        explanation: q.explanation,
        pool: row.pool,
        removed: row.removed,
        editedByHuman: row.editedByHuman,
        manual: row.key.startsWith("manual-"),
        warnings: check.warnings,
        errors: check.errors,
      };
    }));
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    source: article.source,
    level: article.level,
    tags: stringList(article.tags) ?? [],
    visibility: article.visibility as Visibility,
    version: { id: version.id, number: version.number, body: version.body, words: version.words, count },
    set: set
      ? {
          id: set.id,
          status: set.status === "published" ? "published" : "draft",
          generator: set.generator,
          publishedAt: set.publishedAt,
          attempts,
          assignments,
          outdated: set.generator !== GENERATOR,
        }
      : null,
    questions,
    setCheck: checkSet(
      rows.filter((r) => !r.pool && !r.removed).sort((a, b) => a.position - b.position).map(questionFromRow),
      version.body,
    ),
    hasPublished: published > 0,
    currentGenerator: GENERATOR,
  };
}

// ---------------------------------------------------------------- editing questions

/**
 * The working set, made safe to edit: a published set that students have already answered is copied into a new
 * draft (same keys and order), so their attempts keep the questions they saw. Returns the editable set's id.
 */
async function editableSet(tx: Tx, userId: string, articleId: string): Promise<{ setId: string; body: string; forked: boolean } | null> {
  const working = await workingSet(tx, userId, articleId);
  if (!working?.set) return null;
  const { set, version } = working;
  const answered = set.status === "published" && (await tx.attempt.count({ where: { setId: set.id } })) > 0;
  if (!answered) return { setId: set.id, body: version.body, forked: false };
  const copy = await tx.questionSet.create({ data: { versionId: version.id, generator: set.generator, status: "draft", authorId: userId } });
  const rows = await tx.question.findMany({ where: { setId: set.id } });
  await tx.question.createMany({
    data: rows.map((row) => ({ ...row, id: undefined, setId: copy.id })),
  });
  return { setId: copy.id, body: version.body, forked: true };
}

/** A question of the teacher's working set, found by id (in the set the page showed) and then by key in the editable set. */
async function editableQuestion(tx: Tx, userId: string, questionId: string) {
  const shown = await tx.question.findFirst({
    where: { id: questionId, set: { version: { article: { authorId: userId } } } },
    select: { key: true, set: { select: { version: { select: { articleId: true } } } } },
  });
  if (!shown) return null;
  const articleId = shown.set.version.articleId;
  const editable = await editableSet(tx, userId, articleId);
  if (!editable) return null;
  const question = await tx.question.findUnique({ where: { setId_key: { setId: editable.setId, key: shown.key } } });
  if (!question) return null;
  return { question, articleId, body: editable.body, setId: editable.setId };
}

type Ok = { ok: true; articleId: string };

async function touch(tx: Tx, articleId: string) {
  await tx.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });
}

/**
 * The right-hand column of an edited matching question: the matches in their old order when they are the same
 * matches, else in a fixed shuffled order (never by item, which would give the pairs away).
 */
function matchingChoices(current: GeneratedQuestion, matches: string[]): string[] {
  const old = current.choices ?? [];
  if (old.length === matches.length && [...old].sort().join("\u0000") === [...matches].sort().join("\u0000")) return old;
  const order = shuffled(matches, 1, matches.join("|"));
  // a shuffle that happens to keep every match beside its item is turned one step
  return order.every((m, i) => m === matches[i]) ? [...order.slice(1), order[0]] : order;
}

/** Save a teacher's edit of a question (wording, options, correct answer, explanation). Marks it edited by a human. */
export async function updateQuestion(userId: string, edit: QuestionEdit): Promise<Ok | Failure> {
  return db.$transaction(async (tx): Promise<Ok | Failure> => {
    const found = await editableQuestion(tx, userId, edit.questionId);
    if (!found) return NOT_FOUND;
    const { question, body } = found;
    const current = questionFromRow(question);
    let next: GeneratedQuestion;
    if (edit.kind === "choice") {
      if (!["multiple_choice", "not_said", "main_idea"].includes(current.type)) return fail("This question has no options to edit.");
      next = { ...current, prompt: edit.prompt, explanation: edit.explanation, choices: edit.options.choices, answer: edit.options.answer };
    } else if (edit.kind === "true_false") {
      if (current.type !== "true_false") return fail("This question is not a true-or-false statement.");
      next = { ...current, prompt: edit.prompt, explanation: edit.explanation, answer: edit.answer };
    } else if (edit.kind === "typed") {
      if (!["fill_blank", "short_answer"].includes(current.type)) return fail("This question has no typed answer.");
      next = { ...current, prompt: edit.prompt, explanation: edit.explanation, answer: edit.answer, accept: edit.accept };
    } else {
      if (current.type !== "matching") return fail("This question has no pairs to match.");
      next = { ...current, prompt: edit.prompt, explanation: edit.explanation, items: edit.pairs.items, answer: edit.pairs.matches, choices: matchingChoices(current, edit.pairs.matches) };
    }
    const { errors } = checkQuestion(next, body);
    if (errors.length > 0) return { ok: false, message: errors.join(" ") };
    const row = questionRow(next, question.position, question.pool);
    await tx.question.update({
      where: { id: question.id },
      data: { prompt: row.prompt, choices: row.choices, items: row.items, answer: row.answer, accept: row.accept, explanation: row.explanation, editedByHuman: true },
    });
    await touch(tx, found.articleId);
    return { ok: true, articleId: found.articleId };
  });
}

/** Remove a question from the quiz (kept, marked removed, so regenerating never brings it back), or restore it. */
export async function setQuestionRemoved(userId: string, questionId: string, removed: boolean): Promise<Ok | Failure> {
  return db.$transaction(async (tx): Promise<Ok | Failure> => {
    const found = await editableQuestion(tx, userId, questionId);
    if (!found) return NOT_FOUND;
    const position = removed ? found.question.position : await nextPosition(tx, found.setId);
    await tx.question.update({ where: { id: found.question.id }, data: { removed, position, editedByHuman: true } });
    await touch(tx, found.articleId);
    return { ok: true, articleId: found.articleId };
  });
}

/** Move a question between the quiz and the review pool (where regenerated questions are offered). */
export async function setQuestionPool(userId: string, questionId: string, pool: boolean): Promise<Ok | Failure> {
  return db.$transaction(async (tx): Promise<Ok | Failure> => {
    const found = await editableQuestion(tx, userId, questionId);
    if (!found) return NOT_FOUND;
    await tx.question.update({
      where: { id: found.question.id },
      data: { pool, removed: false, position: await nextPosition(tx, found.setId) },
    });
    await touch(tx, found.articleId);
    return { ok: true, articleId: found.articleId };
  });
}

async function nextPosition(tx: Tx, setId: string): Promise<number> {
  const last = await tx.question.findFirst({ where: { setId }, orderBy: { position: "desc" }, select: { position: true } });
  return (last?.position ?? -1) + 1;
}

/** Move a quiz question one place up or down (among the quiz's questions). */
export async function moveQuestion(userId: string, questionId: string, direction: "up" | "down"): Promise<Ok | Failure> {
  return db.$transaction(async (tx): Promise<Ok | Failure> => {
    const found = await editableQuestion(tx, userId, questionId);
    if (!found) return NOT_FOUND;
    const { question } = found;
    const neighbour = await tx.question.findFirst({
      where: {
        setId: found.setId,
        pool: question.pool,
        removed: question.removed,
        position: direction === "up" ? { lt: question.position } : { gt: question.position },
      },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
    });
    if (!neighbour) return { ok: true, articleId: found.articleId };
    await tx.question.update({ where: { id: question.id }, data: { position: neighbour.position } });
    await tx.question.update({ where: { id: neighbour.id }, data: { position: question.position } });
    await touch(tx, found.articleId);
    return { ok: true, articleId: found.articleId };
  });
}

/** Add a question written by hand; its evidence is the span the teacher selected in the article. */
export async function addManualQuestion(userId: string, input: ManualQuestionInput): Promise<(Ok & { questionId: string }) | Failure> {
  return db.$transaction(async (tx): Promise<(Ok & { questionId: string }) | Failure> => {
    const article = await tx.article.findFirst({ where: articleOf(userId, input.articleId), select: { id: true } });
    if (!article) return NOT_FOUND;
    const editable = await editableSet(tx, userId, input.articleId);
    if (!editable) return NOT_FOUND;
    const { body } = editable;
    if (input.evidenceEnd > body.length || input.evidenceEnd - input.evidenceStart > 2000) {
      return fail("Select a sentence or two of the article as the evidence.", "evidence");
    }
    const raw = body.slice(input.evidenceStart, input.evidenceEnd);
    // Selections often catch a space at either end: trim the span, keeping offsets exact.
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length === 0) return fail("Select the sentence that answers the question in the article.", "evidence");
    const start = input.evidenceStart + lead;
    const question: GeneratedQuestion = {
      id: `manual-${randomBytes(6).toString("hex")}`,
      type: input.type,
      prompt: input.prompt,
      choices: input.choices,
      answer: input.answerText,
      evidence: { start, end: start + text.length, text },
      explanation: input.explanation || `The article says: “${text.length > 300 ? `${text.slice(0, 300)}…` : text}”`,
      difficulty: 2,
    };
    const { errors } = checkQuestion(question, body);
    if (errors.length > 0) return { ok: false, message: errors.join(" ") };
    const row = { ...questionRow(question, await nextPosition(tx, editable.setId), false), editedByHuman: true };
    const created = await tx.question.create({ data: { ...row, setId: editable.setId } });
    await touch(tx, article.id);
    return { ok: true, articleId: article.id, questionId: created.id };
  });
}

// ---------------------------------------------------------------- publish, regenerate

/** Approve the working set: every quiz question must pass the rules; then students can take it. */
export async function publishQuestionSet(userId: string, articleId: string): Promise<Ok | Failure> {
  return db.$transaction(async (tx): Promise<Ok | Failure> => {
    const working = await workingSet(tx, userId, articleId);
    if (!working?.set) return NOT_FOUND;
    const rows = await tx.question.findMany({ where: { setId: working.set.id, pool: false, removed: false } });
    if (rows.length === 0) return fail("Add at least one question to the quiz before publishing.");
    // (one memo run for every rule of every question and the set: the article's word index is built once)
    const { broken, set } = withRun(working.version.body, () => ({
      broken: rows.filter((r) => checkQuestion(questionFromRow(r), working.version.body).errors.length > 0),
      set: checkSet([...rows].sort((a, b) => a.position - b.position).map(questionFromRow), working.version.body),
    }));
    if (broken.length > 0) {
      return fail(`Fix ${broken.length === 1 ? "one question" : `${broken.length} questions`} before publishing: “${broken[0].prompt.slice(0, 80)}”.`);
    }
    if (set.errors.length > 0) return fail(`Fix this before publishing. ${set.errors.join(" ")}`);
    const now = new Date();
    await tx.questionSet.update({ where: { id: working.set.id }, data: { status: "published", publishedAt: now } });
    await tx.article.updateMany({ where: { id: articleId, publishedAt: null }, data: { publishedAt: now } });
    await touch(tx, articleId);
    return { ok: true, articleId };
  });
}

/**
 * Run the current generator again on the working version. Questions it makes that the set does not have yet are
 * offered in the review pool (the teacher moves the ones they want into the quiz); nothing already in the set
 * changes, so human edits, hand-written questions and removals all stay as they are.
 */
export async function regenerateQuestionSet(userId: string, articleId: string): Promise<(Ok & { offered: number }) | Failure> {
  const article = await db.article.findFirst({ where: articleOf(userId, articleId), select: { title: true } });
  if (!article) return NOT_FOUND;
  const working = await workingSet(db, userId, articleId);
  if (!working?.set) return NOT_FOUND;
  const generated = generate(article.title, working.version.body);
  if (!generated.ok) return { ok: false, message: generated.fieldErrors?.body?.[0] ?? generated.message };
  const { output } = generated;
  return db.$transaction(async (tx): Promise<(Ok & { offered: number }) | Failure> => {
    const editable = await editableSet(tx, userId, articleId);
    if (!editable) return NOT_FOUND;
    const existing = await tx.question.findMany({ where: { setId: editable.setId }, select: { key: true, type: true, prompt: true, answer: true } });
    const keys = new Set(existing.map((q) => q.key));
    const asked = new Set(existing.map((q) => askedBy(q.type, q.prompt, q.answer)));
    const fresh = [...output.questions, ...output.pool].filter((q) => !keys.has(q.id) && !asked.has(askedBy(q.type, q.prompt, JSON.stringify(q.answer))));
    let position = await nextPosition(tx, editable.setId);
    if (fresh.length > 0) {
      await tx.question.createMany({ data: fresh.map((q) => ({ ...questionRow(q, position++, true), setId: editable.setId })) });
    }
    await tx.questionSet.update({ where: { id: editable.setId }, data: { generator: output.generator } });
    await touch(tx, articleId);
    return { ok: true, articleId, offered: fresh.length };
  });
}

// ---------------------------------------------------------------- article text and details

/**
 * Replace the article's text: a new version (by content hash) with a new draft set. Earlier versions and their
 * sets stay, so attempts keep pointing at what was taken. Hand-written and edited questions come along when
 * their evidence is still in the new text (at its new offsets).
 */
export async function updateArticleText(userId: string, articleId: string, rawBody: string): Promise<(Ok & { version: number; carried: number }) | Failure> {
  const article = await db.article.findFirst({ where: articleOf(userId, articleId), select: { id: true, title: true } });
  if (!article) return NOT_FOUND;
  const prepared = prepareBody(rawBody);
  if (!prepared.ok) return prepared;
  const { body } = prepared;
  const hash = contentHash(body);
  const current = await db.articleVersion.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: { hash: true } });
  if (current?.hash === hash) return fail("The text is the same as the current version; nothing changed.", "body");
  const generated = generate(article.title, body);
  if (!generated.ok) return generated;

  // The newest version number is read inside the transaction; two saves at once may still both pick the same
  // number (the unique constraint on (articleId, number) refuses the second), so the loser reads it again.
  for (let tries = 1; ; tries++) {
    try {
      return await db.$transaction(async (tx): Promise<(Ok & { version: number; carried: number }) | Failure> => {
        const latest = await tx.articleVersion.findFirst({ where: { articleId }, orderBy: { number: "desc" } });
        if (latest?.hash === hash) return fail("The text is the same as the current version; nothing changed.", "body");
        const working = await workingSet(tx, userId, articleId);
        const carried: QuestionRowData[] = [];
        if (working?.set) {
          const human = await tx.question.findMany({ where: { setId: working.set.id, editedByHuman: true, removed: false }, orderBy: { position: "asc" } });
          for (const row of human) {
            const at = body.indexOf(row.evidenceText);
            if (at < 0 || body.indexOf(row.evidenceText, at + 1) >= 0) continue;
            const q = questionFromRow(row);
            const moved = { ...q, evidence: { start: at, end: at + row.evidenceText.length, text: row.evidenceText } };
            if (checkQuestion(moved, body).errors.length > 0) continue;
            carried.push({ ...questionRow(moved, 0, row.pool), editedByHuman: true });
          }
        }
        const number = (latest?.number ?? 0) + 1;
        const earlier = await tx.articleVersion.findUnique({ where: { articleId_hash: { articleId, hash } } });
        const version = earlier
          ? await tx.articleVersion.update({ where: { id: earlier.id }, data: { number } })
          : await tx.articleVersion.create({ data: { articleId, number, hash, body, words: countWords(body) } });
        await createDraftSet(tx, version.id, userId, generated.output, carried);
        await touch(tx, articleId);
        return { ok: true as const, articleId, version: number, carried: carried.length };
      });
    } catch (error) {
      if (tries < 5 && isUniqueViolation(error)) continue;
      if (isUniqueViolation(error)) return fail("Someone else saved this article's text at the same moment. Save again.", "body");
      throw error;
    }
  }
}

/** A unique constraint refused a write (Prisma's P2002), as when two saves take the same version number. */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Change an article's title, source, level, tags and visibility. */
export async function updateArticleDetails(userId: string, articleId: string, details: ArticleDetails): Promise<Ok | Failure> {
  const { count } = await db.article.updateMany({
    where: articleOf(userId, articleId),
    data: {
      title: details.title,
      source: details.source,
      level: details.level,
      tags: JSON.stringify(details.tags),
      visibility: details.visibility,
    },
  });
  return count === 1 ? { ok: true, articleId } : NOT_FOUND;
}

// ---------------------------------------------------------------- print

export interface PrintableSet {
  title: string;
  source: string;
  level: string;
  body: string;
  status: "draft" | "published";
  questions: {
    number: number;
    type: QuestionType;
    prompt: string;
    choices: string[];
    items: string[];
    answer: string | string[];
    evidence: string;
    explanation: string;
  }[];
}

/** The worksheet (article and quiz questions) and its answer key, for the author only. */
export async function getPrintableSet(userId: string, articleId: string): Promise<PrintableSet | null> {
  const article = await db.article.findFirst({ where: articleOf(userId, articleId) });
  if (!article) return null;
  const working = await workingSet(db, userId, articleId);
  if (!working?.set) return null;
  const rows = await db.question.findMany({ where: { setId: working.set.id, pool: false, removed: false }, orderBy: { position: "asc" } });
  return {
    title: article.title,
    source: article.source,
    level: article.level,
    body: working.version.body,
    status: working.set.status === "published" ? "published" : "draft",
    questions: rows.map((row, i) => {
      const q = questionFromRow(row);
      return {
        number: i + 1,
        type: q.type,
        prompt: q.prompt,
        choices: q.choices ?? [],
        items: q.items ?? [],
        answer: q.answer,
        evidence: q.evidence.text,
        explanation: q.explanation,
      };
    }),
  };
}
