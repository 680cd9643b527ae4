import "server-only";
import { RULES, SET_RULES } from "@/lib/qgen";
import type { GeneratedQuestion } from "@/lib/qgen/types";

// The generator's rules (lib/qgen/rules.ts) as a teacher reads them: a message for every rule, and which of them
// block saving a question or publishing a set.

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
