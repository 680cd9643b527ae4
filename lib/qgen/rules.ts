/**
 * The rules every generated question must pass (docs/architecture.md, "Where each rule lives"), one function each.
 * Each returns null when the question passes, or a short reason when it does not. The generator drops a candidate
 * that fails one (validateQuestion); the teacher's editor runs the same rules on human-edited questions
 * (server/data/teacher-articles/checks.ts).
 */
import type { GeneratedQuestion } from "./types";
import { pointsOutside } from "./model/refs";
import { definesWordOf } from "./templates/vocabulary";
import { PLAIN } from "../content/normalize";
import { BARE_TITLE_ANSWERS, HEDGES, MONTHS, ORG_HEADS, ORGS, PRONOUNS, WEEKDAYS, knownContainment, placeLevel } from "./lexicon";
import { valueOf } from "./distractors";
import { containedInArticle, eventKeys, eventWords, eventWordsNear, linkedByKeys, linkedInArticle } from "./links";
import { currentRun, memoised, withRun, type Run } from "./memo";
import { firstPieces, wordCount } from "./text";

const ORG_NAMES = new Set(ORGS.map((o) => o.replace(/^the /, "").toLowerCase()));

export type Rule = (q: GeneratedQuestion, body: string) => string | null;

/** A rule that looks words up in the article: called on its own, it indexes the article once for the call. */
const inRun = (rule: Rule): Rule => (q, body) => (currentRun(body) !== null ? rule(q, body) : withRun(body, () => rule(q, body)));

const STOP = new Set([
  "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "is", "was", "were", "are",
  "be", "been", "has", "have", "had", "did", "does", "do", "that", "this", "it", "as", "its", "their", "his", "her",
  "about", "than", "more", "least", "which", "what", "who", "how", "many", "much", "long", "true", "false",
]);

/** Lower case, no accents, no possessive ’s, words and numbers separated by single spaces (memoised for one run). */
export function normText(t: string): string {
  return memoised(normTextRaw, t);
}


function normTextRaw(t: string): string {
  let s = t.toLowerCase();
  if (PLAIN.test(s)) {
    // The same steps as below for text with no accents and no letters beyond ASCII: a run of anything but letters,
    // digits, $ . % becomes one space; runs that are a single space already are left as they are.
    if (s.includes("'") || s.includes("’")) s = s.replace(/[’']s\b/g, "");
    s = s.replace(/ ?[^a-z0-9$.% ][^a-z0-9$.%]*| {2,}[^a-z0-9$.%]*/g, " ");
  } else {
    s = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’']s\b/g, "").replace(/[^\p{L}\p{N}$£€.%]+/gu, " ");
  }
  // Only spaces are left as white space now, never two in a row: a dot next to a space or at the end becomes a
  // space, and the spaces that makes are joined.
  if (s.includes(".")) s = s.replace(/\s\.|\.\s|\.$/g, " ");
  if (s.includes("  ")) s = s.replace(/ {2,}/g, " ");
  return s.trim();
}

/**
 * False only when none of `words` can be a word of normText(text): for plain text, normText's words are pieces of
 * the lower-cased text with possessives dropped (the other steps only turn characters into spaces), so a word
 * that is not a substring of it is not one of them. Saves normalising a stem that shares nothing with its answer.
 */
function mayHaveWords(text: string, words: string[]): boolean {
  if (words.length === 0) return false;
  let s = text.toLowerCase();
  if (!PLAIN.test(s)) return true;
  if (s.includes("'") || s.includes("’")) s = s.replace(/[’']s\b/g, "");
  return words.some((w) => s.includes(w));
}

/** normText with a space at each end, for looking up whole words. */
function spacedNorm(t: string): string {
  return ` ${normText(t)} `;
}

/** The words of normText(t) that are not stop words (memoised for one run; callers only read the list). */
function contentWords(t: string): string[] {
  return memoised(contentWordsRaw, t);
}

function contentWordsRaw(t: string): string[] {
  return normText(t).split(" ").filter((w) => w.length > 0 && !STOP.has(w));
}

/**
 * How many content words a text has, counting no further than `enough`: contentWords(t).length capped, for a
 * text met once (a statement or a cloze sentence), so neither it nor its normal form is kept for the run.
 */
function contentWordCount(t: string, enough: number): number {
  const n = normTextRaw(t);
  let count = 0;
  let from = 0;
  while (from <= n.length && count < enough) {
    let to = n.indexOf(" ", from);
    if (to < 0) to = n.length;
    if (to > from && !STOP.has(n.slice(from, to))) count++;
    from = to + 1;
  }
  return count;
}

const answers = (q: GeneratedQuestion): string[] => (Array.isArray(q.answer) ? q.answer : [q.answer]);
const hasChoices = (q: GeneratedQuestion) => q.type === "multiple_choice" || q.type === "not_said" || q.type === "main_idea";

/** The evidence is exactly the body at its offsets. */
export const ruleEvidenceMatchesBody: Rule = (q, body) => {
  const { start, end, text } = q.evidence;
  if (!(start >= 0 && end > start && end <= body.length)) return "evidence offsets are outside the article";
  return body.slice(start, end) === text ? null : "evidence text differs from the article at its offsets";
};

/** Answerable from the evidence alone: the answer (or, for "false" items, the true value) is in the evidence. */
export const ruleAnswerInEvidence: Rule = (q) => {
  const ev = normText(q.evidence.text);
  // (an answer that is a statement, "which of these happened in 1831?", is there in its words, not as one string)
  // (a vocabulary item's key is the definition of one of the evidence's words, templates/vocabulary.ts)
  if (q.type === "multiple_choice" && definesWordOf(answers(q)[0], q.evidence.text)) return null;
  if (q.type === "multiple_choice" && wordCount(answers(q)[0]) >= 6) {
    const missing = contentWords(answers(q)[0]).filter((w) => !ev.includes(w));
    return missing.length === 0 ? null : `answer words not in the evidence: ${missing.join(", ")}`;
  }
  if (q.type === "multiple_choice" || q.type === "fill_blank" || q.type === "short_answer") {
    const a = normText(answers(q)[0]).replace(/^(the|a|an) /, "");
    return ev.includes(a) ? null : `answer "${answers(q)[0]}" is not in the evidence`;
  }
  if (q.type === "matching") {
    const missing = answers(q).find((s) => !contentWords(s).every((w) => ev.includes(w)));
    return missing ? `matched statement "${missing}" is not in the evidence` : null;
  }
  if (q.type === "true_false" && q.answer === "True") {
    const claim = contentWords(q.prompt.replace(/^True or false:\s*/, ""));
    const missing = claim.filter((w) => !ev.includes(w));
    return missing.length === 0 ? null : `statement words not in the evidence: ${missing.join(", ")}`;
  }
  return null;
};

/** Exactly one option is correct, and options are distinct. */
export const ruleOneCorrectOption: Rule = (q) => {
  if (q.type === "true_false") {
    if (JSON.stringify(q.choices) !== '["True","False"]') return "true/false choices must be True and False";
    return q.answer === "True" || q.answer === "False" ? null : "true/false answer must be True or False";
  }
  if (q.type === "matching") {
    const a = answers(q);
    if (!q.items || q.items.length !== a.length || !q.choices || q.choices.length !== a.length) return "matching needs items, choices and answers of one length";
    if (new Set(q.choices.map(normText)).size !== q.choices.length) return "matching choices repeat";
    return a.every((x) => q.choices!.includes(x)) ? null : "a matching answer is not among the choices";
  }
  if (!hasChoices(q)) return null;
  const choices = q.choices ?? [];
  if (choices.length < 3) return "fewer than three options";
  if (new Set(choices.map(normText)).size !== choices.length) return "two options are the same";
  const hits = choices.filter((c) => c === q.answer).length;
  return hits === 1 ? null : "the answer is not exactly one of the options";
};

/** No answer words in the stem. */
export const ruleNoAnswerInStem: Rule = (q) => {
  if (!(q.type === "multiple_choice" || q.type === "short_answer" || q.type === "fill_blank")) return null;
  const words = contentWords(answers(q)[0]);
  if (!mayHaveWords(q.prompt, words)) return null;
  // a content word of the answer is one of the stem's words when the normalised stem has it between spaces
  const stem = ` ${normText(q.prompt)} `;
  const leaked = words.filter((w) => stem.includes(` ${w} `) && !/^(about|around|least|nearly|almost)$/.test(w));
  return leaked.length === 0 ? null : `answer words in the stem: ${leaked.join(", ")}`;
};

/** No pronoun or bare title as an answer ("he", "President"). */
export const ruleNoPronounOrTitleAnswer: Rule = (q) => {
  for (const a of answers(q)) {
    const t = a.toLowerCase().trim();
    if (PRONOUNS.has(t)) return `answer is a pronoun: "${a}"`;
    if (BARE_TITLE_ANSWERS.has(t)) return `answer is a bare title: "${a}"`;
  }
  if (q.type !== "multiple_choice") return null;
  for (const c of q.choices ?? []) {
    const lower = c.toLowerCase();
    if (PRONOUNS.has(lower) || BARE_TITLE_ANSWERS.has(lower)) return `option is a pronoun or title: "${c}"`;
  }
  return null;
};

/** No dangling pronoun at the start of a stem or statement. */
export const ruleNoDanglingPronoun: Rule = (q) => {
  const p = q.prompt.replace(/^(True or false|Fill in the blank):\s*/, "");
  const first = firstPieces(p, 1).toLowerCase().replace(/[^a-z]/g, "");
  if (["he", "she", "it", "they", "his", "her", "their", "its", "this", "these", "those", "we"].includes(first)) return `stem starts with the pronoun "${first}"`;
  if (q.type !== "multiple_choice" && q.type !== "short_answer") return null;
  const inverted = /\b(?:did|does|do|was|were|is|are|has|have|had|will|would|could)\s+(he|she|it|they|we)\b/i.exec(p);
  if (inverted) return `the stem's subject is the pronoun "${inverted[1]}"`;
  const attributed = /\baccording to (he|she|it|they|we|him|her|them|us|his|their|its)\b/i.exec(p);
  if (attributed) return `the stem is attributed to the pronoun "${attributed[1]}"`;
  return null;
};

/**
 * An item reads on its own: no "he", "they", "this" or "the deal" in its stem, statement or options that only the
 * article's other sentences could explain (model/refs.ts). Matching columns and main-idea options are sentences
 * of the article read side by side, and are left to the other rules.
 */
export const ruleSelfContained: Rule = (q) => {
  const stem = q.prompt.replace(/^(True or false|Fill in the blank):\s*/, "").replace(/^Which answer completes the sentence\?\s*/, "");
  if (pointsOutside(stem)) return "the stem points to something it does not name";
  if (q.type === "multiple_choice" || q.type === "not_said") for (const c of q.choices ?? []) if (pointsOutside(c)) return `an option points to something it does not name: "${c}"`;
  return null;
};

/** No span crossing a quotation boundary: quotes in the answer and stem are balanced. */
export const ruleQuoteBoundary: Rule = (q) => {
  const as = answers(q);
  const unbalanced = unbalancedQuotes(q.prompt) ?? firstOf(as, unbalancedQuotes) ?? firstOf(q.choices ?? [], unbalancedQuotes);
  if (unbalanced !== null) return unbalanced;
  for (const a of as) if (/[“”"]/.test(a) && q.type !== "matching") return "the answer contains a quotation mark";
  return null;
};

/** The first non-null complaint of `check` about one of `texts`. */
function firstOf(texts: string[], check: (t: string) => string | null): string | null {
  for (const t of texts) {
    const r = check(t);
    if (r !== null) return r;
  }
  return null;
}

/** The complaint about a text whose quotation marks do not pair up, or null. */
function unbalancedQuotes(text: string): string | null {
  if (!/[“”"]/.test(text)) return null;
  let open = 0;
  let close = 0;
  let straight = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x201c) open++;
    else if (c === 0x201d) close++;
    else if (c === 34) straight++;
  }
  return open !== close || straight % 2 === 1 ? `unbalanced quotation marks in "${text.slice(0, 60)}"` : null;
}

export type AnswerClass = "money" | "percent" | "duration" | "number" | "weekday" | "month" | "year" | "date" | "name" | "text";

/** What kind of thing an option is, from its form alone (memoised for one run). */
export function classOf(text: string): AnswerClass {
  return memoised(classOfRaw, text);
}

function classOfRaw(text: string): AnswerClass {
  const t = text.trim();
  // money, percent, year and date all need a digit
  const digit = /\d/.test(t);
  if (digit && /[$£€¥]\s?\d|\d\s?(dollars?|pounds?|euros?)\b/i.test(t)) return "money";
  if (digit && /\d\s?(%|per ?cent)/i.test(t)) return "percent";
  if (WEEKDAYS.includes(t)) return "weekday";
  if (MONTHS.includes(t)) return "month";
  if (digit && /^\d{4}$/.test(t)) return "year";
  if (digit && /^\d{1,2} [A-Z][a-z]+( \d{4})?$|^[A-Z][a-z]+ \d{1,2}(, \d{4})?$/.test(t) && MONTHS.some((m) => t.includes(m))) return "date";
  if (/\b(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i.test(t) && valueOf(t) !== null) return "duration";
  if (valueOf(t) !== null && /^[\d\s,.a-z-]+$/i.test(t) && /\d|^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i.test(t)) return "number";
  if (/^(the )?\p{Lu}[\p{L}.'’-]*( (of |and |de |von der )?\p{Lu}[\p{L}.'’-]*)*$/u.test(t)) return "name";
  return "text";
}

/** Distractors are of the same kind as the answer. */
export const ruleSameKindOptions: Rule = (q) => {
  if (q.type !== "multiple_choice") return null;
  const want = classOf(String(q.answer));
  const odd = (q.choices ?? []).find((c) => classOf(c) !== want);
  return odd === undefined ? null : `option "${odd}" is not the same kind as the answer (${want})`;
};

/** Distractors are never true according to the evidence: a wrong option may not appear in it. */
export const ruleDistractorsNotTrue: Rule = (q) => {
  if (q.type !== "multiple_choice") return null;
  const ev = memoised(spacedNorm, q.evidence.text);
  const av = valueOf(String(q.answer));
  for (const c of q.choices ?? []) {
    if (c === q.answer) continue;
    const n = normText(c).replace(/^(the|a|an) /, "");
    if (ev.includes(` ${n} `)) return `wrong option "${c}" is stated in the evidence`;
    const v = valueOf(c);
    if (v !== null && av !== null && v === av) return `wrong option "${c}" has the answer's value`;
  }
  if (q.type === "multiple_choice") {
    const n = (q.choices ?? []).map((c) => normText(c));
    const a = normText(String(q.answer));
    // no partial overlap with the answer (e.g. "Zelensky" next to "Volodymyr Zelensky")
    for (const c of n) if (c !== a && (c.includes(a) || a.includes(c)) && valueOf(c) === null) return `option "${c}" overlaps the answer`;
  }
  return null;
};

const isCloze = (q: GeneratedQuestion) => q.prompt.includes("_____");

/** The words of a statement that its evidence does not contain: the changed detail of a false statement. */
function changedWords(statement: string, evidence: string): string[] {
  const ev = new Set(normText(evidence).split(" "));
  return normText(statement).split(" ").filter((w) => w.length > 0 && !ev.has(w) && !STOP.has(w));
}

/** The changed detail as written in the statement: the run of words from the first to the last changed one. */
function changedPhrase(statement: string, changed: string[]): string | null {
  const words = statement.replace(/[.]$/, "").split(/\s+/);
  const hit = (w: string) => changed.includes(normText(w));
  const first = words.findIndex(hit);
  if (first < 0) return null;
  let last = first;
  for (let k = first; k < words.length; k++) if (hit(words[k])) last = k;
  return words.slice(first, last + 1).join(" ").replace(/[,;:]$/, "");
}

const BOUND_BEFORE = /\b(at least|more than|just over|over|under|just under|less than|fewer than|up to|at most)\s+[$£€]?$/i;

/**
 * A wrong option (or a false statement's changed detail) is never true according to the article: not a place,
 * time, person or number the article links to the same event elsewhere ("meetings in Washington" rules out
 * Washington for "Where did … meet?"), and a changed number is not one its hedge allows ("at least 14 people"
 * does not make "at least 7 people" false).
 */
export const ruleDistractorsNotTrueInArticle: Rule = inRun((q, body) => {
  if (q.type === "multiple_choice") {
    // "At least how many …?" / "at least _____": a smaller option is true as well (a larger one for "under")
    const av = valueOf(String(q.answer));
    // (the bound only matters for an answer with a value)
    const bound = av === null ? null : /\b(at least|more than|just over|over|under|just under|less than|fewer than|up to|at most)\s+(?:how many|how much|_____|[$£€]?_____)/i.exec(q.prompt);
    if (bound && av !== null) {
      const lower = /least|more|over/i.test(bound[1]);
      const entailed = (q.choices ?? []).find((c) => c !== q.answer && valueOf(c) !== null && (lower ? valueOf(c)! < av : valueOf(c)! > av));
      if (entailed) return `wrong option "${entailed}" is true as well under "${bound[1]}"`;
    }
    const keys = eventKeys(isCloze(q) ? eventWordsNear(q.prompt, "_____") : eventWords(q.prompt, [String(q.answer)]));
    for (const c of q.choices ?? []) {
      if (c === q.answer) continue;
      if (linkedByKeys(body, c, keys)) return `wrong option "${c}" is linked to the same event elsewhere in the article`;
    }
    return null;
  }
  const falseStatement = q.type === "true_false" && q.answer === "False" ? q.prompt.replace(/^True or false:\s*/, "") : q.type === "not_said" ? String(q.answer) : null;
  if (falseStatement === null) return null;
  const changed = changedWords(falseStatement, q.evidence.text);
  if (changed.length === 0) return "the statement marked as not true repeats its evidence";
  const phrase = changedPhrase(falseStatement, changed);
  if (phrase === null) return null;
  const at = falseStatement.indexOf(phrase);
  if (q.type === "true_false" && valueOf(phrase) !== null && BOUND_BEFORE.test(falseStatement.slice(0, at))) return `the changed number "${phrase}" keeps a bound, so the statement is not clearly false`;
  if (linkedInArticle(body, phrase, eventWordsNear(falseStatement, phrase))) return `the changed detail "${phrase}" is linked to the same event elsewhere in the article`;
  return null;
});

/** "Which does the article NOT say?": every other option is said by the article. */
const saidText = new WeakMap<Run, string>();
export const ruleNotSaidOthersSaid: Rule = (q, body) => {
  if (q.type !== "not_said") return null;
  const run = currentRun(body);
  let said = run ? saidText.get(run) : undefined;
  if (said === undefined) {
    said = ` ${normText(body)} `;
    if (run) saidText.set(run, said);
  }
  for (const c of q.choices ?? []) {
    if (c === q.answer) continue;
    if (!said.includes(` ${normText(c)} `)) return `option "${c.slice(0, 50)}" is not what the article says`;
  }
  return null;
};

/**
 * Places offered together are of one level (building, city, region, country, …) and none contains another:
 * "Washington" next to "the White House", or "Portugal" next to "Coimbra", gives two right answers.
 */
export const rulePlaceOptionsDisjoint: Rule = inRun((q, body) => {
  if (q.type !== "multiple_choice") return null;
  const choices = q.choices ?? [];
  const levels = choices.map((c) => placeLevel(c));
  const answerLevel = placeLevel(String(q.answer));
  if (levels.every((l) => l === null)) return null;
  const known = levels.filter((l): l is NonNullable<typeof l> => l !== null);
  if (answerLevel !== null && known.some((l) => l !== answerLevel)) return `options mix places of different sizes (${[...new Set(known)].join(", ")})`;
  if (answerLevel === null && known.some((l) => l !== "city")) return `options mix an unknown place with a ${known.find((l) => l !== "city")}`;
  for (let i = 0; i < choices.length; i++)
    for (let j = i + 1; j < choices.length; j++)
      if (knownContainment(choices[i], choices[j]) || containedInArticle(body, choices[i], choices[j])) return `"${choices[i]}" and "${choices[j]}" contain one another`;
  return null;
});

/** Matching: the left column is one kind of thing (all people, or all places) written in one form. */
export const ruleMatchingConsistent: Rule = (q) => {
  if (q.type !== "matching" || !q.items) return null;
  const kind = (x: string) => (valueOf(x) !== null && /\d|^[a-z]/.test(x) ? "number" : placeLevel(x) !== null ? "place" : /^the /i.test(x) || ORG_NAMES.has(x.toLowerCase()) || ORG_HEADS.has(x.split(" ").pop()!.toLowerCase()) ? "org" : classOf(x) === "name" ? "name" : classOf(x));
  const kinds = new Set(q.items.map(kind));
  if (kinds.size > 1) return `matching items mix kinds (${[...kinds].join(", ")})`;
  if (kinds.has("name")) {
    const single = q.items.filter((x) => !x.includes(" ")).length;
    if (single > 0 && single < q.items.length) return "matching items mix full names and surnames";
  }
  return null;
};

/** A cloze option sits inside the sentence: no capital "The" after the sentence start, no doubled "the". */
export const ruleBlankOptionsFit: Rule = (q) => {
  if (q.type !== "multiple_choice" || !isCloze(q)) return null;
  const sentence = q.prompt.replace(/^Which answer completes the sentence\?\s*/, "");
  const atStart = sentence.startsWith("_____");
  const afterThe = /\bthe\s+_____/i.test(sentence);
  for (const c of q.choices ?? []) {
    if (!atStart && /^The\s/.test(c)) return `option "${c}" is capitalised inside the sentence`;
    if (afterThe && /^the\s/i.test(c)) return `option "${c}" doubles the "the" before the blank`;
  }
  return null;
};

/** The hedges ruleHedgeKept looks for before a number, in HEDGES' order. */
const KEPT_HEDGES = HEDGES.map(([words]) => words.join(" ")).filter((h) => !["some", "over", "under", "only"].includes(h));

/** Hedged numbers keep their hedge in the stem or the answer. */
export const ruleHedgeKept: Rule = (q) => {
  const ev = q.evidence.text;
  const subject = q.type === "true_false" ? [] : answers(q);
  for (const a of subject) {
    const v = valueOf(a);
    if (v === null) continue;
    const at = ev.indexOf(a.replace(/^(about|around|roughly|nearly|almost|at least|more than|some|over|under|up to|just over|approximately) /i, ""));
    if (at < 0) continue;
    const before = ev.slice(Math.max(0, at - 16), at).toLowerCase();
    for (const h of KEPT_HEDGES) {
      if (before.endsWith(h + " ")) {
        const inStem = q.prompt.toLowerCase().includes(h) || (h !== "at least" && h !== "more than" && /\babout\b/i.test(q.prompt));
        const inAnswer = a.toLowerCase().includes(h);
        if (!inStem && !inAnswer) return `the hedge "${h}" before ${a} is lost`;
      }
    }
  }
  return null;
};

/** Relative dates stay in the article's words: no calendar date that the article does not contain. */
export const ruleRelativeDatesKept: Rule = (q, body) => {
  const addedDate = (t: string): string | null => {
    // both forms of a date have a digit
    const m = /\d/.test(t) ? /\b(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})?)\b/.exec(t) : null;
    return m && !body.includes(m[1]) && !(q.type === "multiple_choice" && q.choices?.includes(t) && t !== q.answer) ? `calendar date "${m[1]}" is not in the article` : null;
  };
  // the prompt, the answers, the options
  const added = addedDate(q.prompt) ?? firstOf(answers(q), addedDate) ?? firstOf(q.choices ?? [], addedDate);
  if (added !== null) return added;
  if (/\b(yesterday|today|tomorrow|last week|next week)\b/i.test(q.prompt) && !/\b(yesterday|today|tomorrow|last week|next week)\b/i.test(q.evidence.text)) return "a relative date was added";
  return null;
};

/** A stem is a clean sentence: capitalised, ends in ? or . or a blank, no doubled spaces or stray commas. */
export const ruleCleanStem: Rule = (q) => {
  const p = q.prompt;
  const first = p.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || first === 0x201c || first === 34)) return "the stem does not start with a capital letter";
  if (/\s{2,}|\s[,.?]|,,|\?\?/.test(p)) return "the stem has stray spaces or punctuation";
  // a sentence's full stop left inside the stem ("… had joined in., according to …"; "etc.," and "a.m.," are fine)
  if ((p.includes(".,") || p.includes(".?") || p.includes("!,") || p.includes("?,")) && /\b(?!etc\b)[a-z]{2,}[.!?][,?]/.test(p)) return "the stem keeps a full stop inside it";
  if (q.type === "multiple_choice" || q.type === "short_answer") if (!p.endsWith("?") && !(p.includes("_____") && p.startsWith("Which answer completes the sentence?"))) return "a question stem must end with a question mark";
  if (q.type === "fill_blank" && !p.includes("_____")) return "a fill-in-the-blank stem needs a blank";
  // more than 60 words needs at least 60 runs of white space between them: 119 characters
  if (p.length >= 119 && wordCount(p) > 60) return "the stem is too long";
  return null;
};

/** Characters around which a run of ASCII letters is a word of normText on its own (all become spaces there). */
const WORD_EDGE = new Set([..." ,;:!?()“”\"—–-_"].map((c) => c.charCodeAt(0)));
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * A lower bound on the content words of text.slice(from), counting no further than `enough`: only runs of ASCII
 * letters with a space or punctuation on both sides (or a full stop and then a space or the end), which normText
 * keeps as words of their own; an apostrophe, digit, dot or other letter next to a run leaves it uncounted.
 */
function plainContentWords(text: string, from: number, enough: number): number {
  let count = 0;
  let k = from;
  while (k < text.length && count < enough) {
    if (!isLetter(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (k < text.length && isLetter(text.charCodeAt(k))) k++;
    const before = start === from ? 32 : text.charCodeAt(start - 1);
    const after = k === text.length ? 32 : text.charCodeAt(k);
    const afterDot = after === 46 && (k + 1 === text.length || text.charCodeAt(k + 1) === 32);
    if ((before === 32 || WORD_EDGE.has(before)) && (after === 32 || WORD_EDGE.has(after) || afterDot) && !STOP.has(text.slice(start, k).toLowerCase())) count++;
  }
  return count;
}

/**
 * A blank needs words around it to be answerable: "Britain, _____." or a bare "_____." asks nothing. The cloze
 * text of a fill-in-the-blank or "completes the sentence" item keeps at least two content words besides the blank
 * ("Wren has a mass of _____." is fine).
 */
export const ruleClozeHasContext: Rule = (q) => {
  const blank = q.prompt.indexOf("_____");
  if (blank < 0 || !(q.type === "fill_blank" || q.type === "multiple_choice")) return null;
  const from = q.prompt.startsWith("Fill in the blank: ") ? 19 : q.prompt.startsWith("Which answer completes the sentence? ") ? 37 : -1;
  if (from >= 0 && plainContentWords(q.prompt, from, 2) >= 2) return null;
  const cloze = q.prompt.replace(/^(Fill in the blank|Which answer completes the sentence\?):?\s*/, "").replace(/_+/g, " ");
  const words = contentWordCount(cloze, 2);
  return words >= 2 ? null : `the blank has too little around it (${words} content word${words === 1 ? "" : "s"})`;
};

export const RULES: Record<string, Rule> = {
  ruleEvidenceMatchesBody,
  ruleAnswerInEvidence,
  ruleOneCorrectOption,
  ruleNoAnswerInStem,
  ruleNoPronounOrTitleAnswer,
  ruleNoDanglingPronoun,
  ruleSelfContained,
  ruleQuoteBoundary,
  ruleSameKindOptions,
  ruleDistractorsNotTrue,
  ruleDistractorsNotTrueInArticle,
  ruleNotSaidOthersSaid,
  rulePlaceOptionsDisjoint,
  ruleMatchingConsistent,
  ruleBlankOptionsFit,
  ruleHedgeKept,
  ruleRelativeDatesKept,
  ruleCleanStem,
  ruleClozeHasContext,
};

/** Every rule's complaint about one question; empty when it passes. */
export function validateQuestion(q: GeneratedQuestion, body: string): string[] {
  return withRun(body, () => {
    const problems: string[] = [];
    // Object.entries(RULES) without building the pairs
    for (const name in RULES) {
      if (!Object.hasOwn(RULES, name)) continue;
      const r = RULES[name](q, body);
      if (r) problems.push(`${name}: ${r}`);
    }
    return problems;
  });
}

/** Set-level rule: no two questions ask the same fact (same evidence and same answer, or the same prompt). */
export function ruleNoDuplicateFacts(questions: GeneratedQuestion[]): string | null {
  const seen = new Set<string>();
  for (const q of questions) {
    const keys = [`p:${normText(q.prompt)}`];
    if (q.type !== "matching" && q.type !== "not_said" && q.type !== "main_idea" && q.type !== "true_false")
      keys.push(`f:${q.evidence.start}:${normText(String(q.answer))}`);
    for (const k of keys) {
      if (seen.has(k)) return `two questions ask the same fact (${q.prompt.slice(0, 60)})`;
      seen.add(k);
    }
  }
  return null;
}

/** Set-level rule: the questions cover the whole article, not only its lead (each third has evidence). */
export function ruleCoversArticle(questions: GeneratedQuestion[], body: string): string | null {
  if (questions.length < 3) return null;
  const thirds = [false, false, false];
  for (const q of questions) {
    for (let k = 0; k < 3; k++) {
      const a = (k * body.length) / 3;
      const b = ((k + 1) * body.length) / 3;
      if (q.evidence.start < b && q.evidence.end > a) thirds[k] = true;
    }
  }
  const missing = thirds.map((x, k) => (x ? null : ["beginning", "middle", "end"][k])).filter(Boolean);
  return missing.length === 0 ? null : `no question on the article's ${missing.join(" or ")}`;
}

/** The set-level rules, by name, as RULES holds the question-level ones. */
export const SET_RULES: Record<string, (questions: GeneratedQuestion[], body: string) => string | null> = {
  ruleNoDuplicateFacts,
  ruleCoversArticle,
};
