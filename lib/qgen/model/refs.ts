/**
 * References an item cannot carry on its own. A question is read alone: "he", "they", "this", "the deal" or "the
 * latter" with nothing before them in the same text point to something only the article's other sentences name.
 * The lists are data (words.ts style), and the check is the same for a stem, an option and a statement.
 */
import type { Sentence } from "../analyse";
import type { Gazetteer, NameEntity } from "../names";
import { pronounSex, type Sex } from "./people";

/** Nouns that stand for something said before ("the deal", "that possibility"): a shell without its content. */
export const SHELL_NOUNS = new Set([
  "deal", "plan", "plans", "move", "decision", "incident", "possibility", "agreement", "proposal", "measure",
  "measures", "scheme", "idea", "case", "issue", "problem", "change", "changes", "announcement", "statement",
  "offer", "request", "effort", "efforts", "campaign", "ban", "vote", "latter", "former", "same", "matter",
  "situation", "event", "incidents", "attack", "accident", "crash", "project", "bill", "law", "rule", "policy",
  "report", "study", "findings", "process", "system", "programme", "program", "man", "woman", "men", "women",
  "boy", "girl", "pair", "couple", "group", "company", "firm", "two", "three", "others", "rest", "area", "site",
  "country", "city", "town", "island", "region", "team", "club", "party", "side", "organisation", "organization",
  // events a text may hold several of: "the match", "the game" name none of them on their own
  "match", "game", "race", "meeting", "talks", "trial", "election", "festival", "tournament", "contest", "operation",
  "ceremony", "visit", "trip", "season", "final",
  // places and bodies an article names, then calls by their kind (round 3: "the municipality", "the constituency",
  // "the population" without the name they stand for)
  "municipality", "constituency", "population", "plant", "village", "province", "district", "county",
]);

/** Words after a shell noun that say what it is ("the plan to build …", "the deal between …", "the man who …"). */
const DEFINING = new Set(["of", "to", "for", "with", "between", "that", "which", "who", "on", "in", "from", "by", "against", "over", "under", "about", "called", "named", "known"]);

const PERSONAL = /^(he|she|him|his|her|hers|himself|herself)$/;
/** Words that place a fact against another the text does not give ("ten minutes later", "also", "the subsequent trial"). */
const RELATIVE = /^(later|earlier|subsequent|subsequently|also|meanwhile|afterwards|previous|previously|following|latter|former)$/;
const PLURAL = /^(they|them|their|theirs|themselves)$/;
const DEMONSTRATIVE = /^(this|these|those)$/;

/**
 * Whether the text has a reference it does not resolve itself: a personal pronoun with no name or person word before
 * it, "they" with no plural before it, a leading "it"/"this"/"these"/"that" (not the dummy "it is …"), or a "the"
 * + shell noun with nothing defining it and no earlier mention of that noun in the text.
 */
export function pointsOutside(text: string): boolean {
  // (what is quoted is read as quoted: its "he" is the speaker's, its sentence the article's)
  const words = text.replace(/“[^”]*”/g, " “quoted” ").replace(/[“”"(),;:.!?]/g, " ").split(/\s+/).filter(Boolean);
  let named = false;
  let plural = false;
  const seen = new Set<string>();
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const lower = w.toLowerCase();
    if (PERSONAL.test(lower) && !named) return true;
    if (RELATIVE.test(lower)) return true;
    if (PLURAL.test(lower) && !plural) return true;
    if (k === 0 && (DEMONSTRATIVE.test(lower) || lower === "that")) return true;
    if (k === 0 && lower === "it" && !/^(is|was|has|had|will|would|could|may|might|seems|seemed|remains|remained|took|takes)$/.test(words[1]?.toLowerCase() ?? "")) return true;
    if (k > 0 && DEMONSTRATIVE.test(lower) && !/^[a-z]/.test(words[k + 1] ?? "")) return true;
    if (lower === "the" && k + 1 < words.length) {
      const noun = words[k + 1].toLowerCase();
      const next = words[k + 2]?.toLowerCase();
      if (SHELL_NOUNS.has(noun) && !seen.has(noun) && (next === undefined || !DEFINING.has(next))) return true;
    }
    if (/^[A-Z]/.test(w) && k > 0) named = true;
    if (/^[A-Z][a-z]+$/.test(w) && k === 0 && !/^(The|A|An|It|In|On|At|For|After|Before|When|If|Who|Whom|Whose|What|Which|Where|Why|How|True|Fill|According|During|By|From|With|To|Of|As)$/.test(w)) named = true;
    if (/^(man|woman|person|president|minister|leader|officer|official|spokesman|spokeswoman|judge|king|queen|boy|girl|father|mother|son|daughter|wife|husband|teacher|student|player|coach|doctor|scientist|author|writer|artist|director|mayor|chief)$/.test(lower)) named = true;
    if ((/[a-z]s$/.test(lower) && !/(ss|us|is|as|ous|his|its|was|has|this)$/.test(lower)) || lower === "and" || /^(people|police|children|men|women|both|several|many|parents|government|team|family|group|committee|council)$/.test(lower)) plural = true;
    seen.add(lower);
  }
  return false;
}


const THIRD = /^(he|she|him|his|her|hers)$/;

/**
 * The one person every "he", "she", "him", "his" or "her" of each sentence (outside quotation marks) refers to, when
 * the article leaves no doubt: of the people named earlier in the sentence or in the two sentences before, exactly
 * one is of that sex and none is of unknown sex. A sentence with such a pronoun that cannot be resolved, or whose
 * pronouns point to two people, has none (null); a sentence without one has undefined.
 */
export function soleReferents(sentences: Sentence[], gaz: Gazetteer, sexes: Map<NameEntity, Sex>): Array<NameEntity | null | undefined> {
  const out: Array<NameEntity | null | undefined> = [];
  const namedIn = (i: number) => (gaz.mentionsIn.get(i) ?? []).filter((x) => x.entity.kind === "person");
  for (const s of sentences) {
    let found: NameEntity | null | undefined = undefined;
    let quoted = false;
    for (const t of s.toks) {
      if (t.text === "“" || t.text === "”" || t.text === '"') quoted = t.text === "“" ? true : t.text === "”" ? false : !quoted;
      if (quoted || !THIRD.test(t.lower) || t.pos !== "PRON" && t.pos !== "DET") continue;
      const sex = pronounSex(t.lower);
      const window = [...namedIn(s.index - 2), ...namedIn(s.index - 1), ...namedIn(s.index).filter((x) => x.mention.end <= t.start)].map((x) => x.entity);
      const people = new Set(window);
      const unknown = [...people].some((e) => !sexes.has(e));
      const match = [...people].filter((e) => sexes.get(e) === sex);
      const e = !unknown && match.length === 1 ? match[0] : null;
      if (e === null || (found !== undefined && found !== e)) {
        found = null;
        break;
      }
      found = e;
    }
    out.push(found);
  }
  return out;
}

/**
 * The text with its first third-person pronoun replaced by the person's name, when the text does not name them
 * before it: "He was expelled in 1830." → "Galois was expelled in 1830.", "What did she find?" → "What did
 * Hadid find?". Later pronouns then refer to the name. Unchanged when the text holds no such pronoun.
 */
export function withName(text: string, e: NameEntity): string {
  const m = /\b(he|she|him|his|her|hers)\b/i.exec(text);
  if (m === null) return text;
  const before = text.slice(0, m.index);
  if (before.includes(e.short)) return text;
  const name = before.includes(e.full) ? e.short : e.full.includes(" ") && before.length === 0 ? e.full : e.short;
  const w = m[1].toLowerCase();
  const after = text.slice(m.index + m[0].length);
  let replaced: string;
  if (w === "his" || w === "hers") replaced = `${name}’s`;
  else if (w === "her") replaced = /^\s+(that|to|the|a|an|and|in|on|at|for|with|as|about|from|by|into|after|before)\b|^\s*[.,;:!?]/.test(after) || after.trim() === "" ? name : `${name}’s`;
  else replaced = name;
  return before + replaced + after;
}
