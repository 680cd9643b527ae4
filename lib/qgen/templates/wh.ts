/**
 * Declarative clause + answer slot → a wh-question stem. Subject answers keep the verb ("Who has pushed
 * for …?"); predicate answers move the auxiliary or add do-support ("Where did Trump and Zelensky meet?").
 * Returns null whenever the clause does not fit a pattern we can phrase grammatically.
 */
import type { Tok } from "../analyse";
import { spanText, type Clause } from "../clause";
import { commonPlural, nameKind, verbForms } from "../compromise";
import type { Ctx } from "../context";
import { TITLES, isClub, isDemonym } from "../lexicon";
import type { Slot } from "../slots";

export interface WhQuestion {
  prompt: string;
  /** the answer as it should be shown (hedge moved into the stem) */
  answer: string;
  /** subject or predicate question */
  role: "subject" | "object" | "adjunct";
}

const ABOUT_HEDGES = new Set(["about", "around", "roughly", "approximately", "nearly", "almost", "some"]);

/** The words the article writes in lower case, from its tokens (worked out once per article). */
const lowerWords = new WeakMap<Ctx, Set<string>>();
function lowerCaseWords(ctx: Ctx): Set<string> {
  let words = lowerWords.get(ctx);
  if (words === undefined) {
    words = new Set();
    for (const s of ctx.sentences)
      for (const t of s.toks) {
        const c = t.text.charCodeAt(0);
        if (c >= 97 && c <= 122) words.add(t.text);
      }
    lowerWords.set(ctx, words);
  }
  return words;
}

function lowerFirst(toks: Tok[], a: number, text: string, ctx?: Ctx): string {
  const t = toks[a];
  // a sentence's first word that the article also writes in lower case is no name ("Bus drivers", "Engineers")
  if (t.i === 0 && ctx !== undefined && /^[A-Z][a-z]+$/.test(t.text) && !TITLES.has(t.lower) && lowerCaseWords(ctx).has(t.lower)) return text.charAt(0).toLowerCase() + text.slice(1);
  if (t.i === 0 && /^(each|every|all|both|some|many|most|several|few|another|such)$/.test(t.lower)) return text.charAt(0).toLowerCase() + text.slice(1);
  if (TITLES.has(t.lower) || isDemonym(t.text) || /^[A-Z]{2,}|^[A-Z]\./.test(t.text) || t.text === "I") return text;
  // "Marine biologist Dr Helen Osei has spent …": a first word before a lower-case noun describes it, unless the
  // article uses it as a name
  if (t.i === 0 && ctx !== undefined && /^[A-Z][a-z]+$/.test(t.text) && toks[a + 1]?.pos === "NOUN" && /^[a-z]/.test(toks[a + 1].text) && !ctx.gaz.byKey.has(t.lower) && nameKind(t.text) === null && !isDemonym(t.text))
    return text.charAt(0).toLowerCase() + text.slice(1);
  // a sentence-initial common noun ("Organisers said …") loses its capital; a name keeps it
  if (t.i === 0 && (t.pos === "NOUN" || t.pos === "DET" || t.pos === "ADV") && /^[A-Z][a-z]+$/.test(t.text) && /s$/.test(t.lower)) return text.charAt(0).toLowerCase() + text.slice(1);
  // ("Doctors recommend …", "Schools in Seattle made …": tagged as names at the start of a sentence, and no name the
  // article uses)
  if (t.i === 0 && ctx !== undefined && /^[A-Z][a-z]+s$/.test(t.text) && !ctx.gaz.byKey.has(t.lower) && commonPlural(t.text)) return text.charAt(0).toLowerCase() + text.slice(1);
  if (t.pos === "PROPN") return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text ends with ".", "!" or "?" (and perhaps spaces): /[.!?]\s*$/ without the pattern. */
function endsWithStop(p: string): boolean {
  let k = p.length - 1;
  while (k >= 0 && (p.charCodeAt(k) === 32 || p.charCodeAt(k) === 10)) k--;
  const c = p.charCodeAt(k);
  return c === 46 || c === 33 || c === 63;
}

function join(parts: string[]): string {
  // a clause that ends its sentence keeps no full stop inside the question ("… had joined in., according to …")
  return parts
    .filter((p) => p.length > 0)
    .map((p) => (endsWithStop(p) ? p.replace(/(?<![.][a-z])(?<=[a-z0-9%])[.!?]+\s*$/, "") : p))
    .join(" ")
    .replace(/\s+,/g, ",")
    .replace(/\s+/g, " ")
    .trim();
}

function tail(ctx: Ctx, c: Clause, answerInPre: boolean): string {
  const toks = c.sentence.toks;
  const parts: string[] = [];
  if (c.pre && !answerInPre) {
    const pre = spanText(ctx.body, toks, c.pre[0], c.pre[1]);
    // "According to his research" would dangle at the end of a question
    if (/\b(he|she|it|they|his|her|its|their|this|that|these|those)\b/i.test(pre)) return "\u0000";
    parts.push(lowerFirst(toks, c.pre[0], pre));
  }
  if (c.attribution) {
    let a = c.attribution[0];
    const b = c.attribution[1];
    while (a < b && /^(however|meanwhile|but|and|,)$/i.test(toks[a].text)) a++;
    if (b - a < 1 || b - a > 6) return "\u0000";
    // "She said that …": "according to she" is no English, and "according to her" would not say who
    if (b - a === 1 && /^(he|she|they|it|we|i|you)$/i.test(toks[a].text)) return "\u0000";
    parts.push(", according to " + lowerFirst(toks, a, spanText(ctx.body, toks, a, b)));
  }
  return parts.join(" ");
}

function isPlural(toks: Tok[], a: number, b: number): boolean {
  const sub = toks.slice(a, b);
  if (sub.some((t) => t.lower === "and")) return true;
  const head = [...sub].reverse().find((t) => t.pos === "NOUN" || t.pos === "PROPN");
  return head !== undefined && head.pos === "NOUN" && /[^s]s$/.test(head.lower);
}

/** "The Kremlin", "The White House": names the article writes with "the". */
export function withArticle(slot: Slot): string {
  return slot.entity?.article && slot.kind !== "person" ? `The ${slot.text}` : slot.text;
}

function whWord(slot: Slot): string | null {
  switch (slot.kind) {
    case "person":
    case "group":
      return "Who";
    case "country":
      return "Which country";
    case "org":
      // ("United", "Eastbrook Rovers", "Northgate Athletic": sports clubs by name)
      return slot.entity && isClub(slot.entity.full) ? "Which club" : "Which organisation";
    default:
      return null;
  }
}

/** A number written in words, as an answer: "Two long tunnels …" is answered "two". */
function numberAnswer(slot: Slot): string {
  return /^[A-Z][a-z]/.test(slot.text) && !/\d/.test(slot.text) ? slot.text.charAt(0).toLowerCase() + slot.text.slice(1) : slot.text;
}

/** "How many people", "At least how many people", "About how long". */
function howPhrase(slot: Slot): { phrase: string; answer: string } | null {
  const hedge = slot.hedge?.toLowerCase();
  const lead = hedge && hedge !== "only" ? (ABOUT_HEDGES.has(hedge) ? "about" : hedge) : "";
  const hedged = (p: string) => (lead ? `${cap(lead)} ${p}` : cap(p));
  switch (slot.kind) {
    case "count":
      return { phrase: hedged(`how many ${slot.unit}`), answer: numberAnswer(slot) };
    case "duration":
      if (!hedge || ABOUT_HEDGES.has(hedge)) return { phrase: hedged("how long"), answer: numberAnswer(slot) };
      return { phrase: hedged(`how many ${slot.unit}`), answer: numberAnswer(slot).replace(new RegExp(`\\s+${slot.unit}$`), "") };
    case "measure":
      return { phrase: hedged(`how many ${slot.unit}`), answer: numberAnswer(slot).replace(new RegExp(`\\s+${slot.unit}$`), "") };
    case "money":
      return { phrase: hedged("how much"), answer: numberAnswer(slot) };
    default:
      return null;
  }
}

const NEGATION = new Set(["not", "never", "n't", "n’t", "no", "nobody", "nothing", "none", "neither", "nor"]);

/**
 * Whether a question on the clause can keep its sense: a negation it would leave out turns the answer round ("Mary
 * never earned any money from them" is no answer to "Who earned any money from them?"), and a second past-tense
 * verb after a comma in the predicate ("The judges, led by Dr. Adeyemi, spent …") means the parser took a
 * participle for the clause's verb. (`adverbsKept`: the words between subject and verb go into the question.)
 */
function clauseAskable(c: Clause, slot: Slot, adverbsKept: boolean): boolean {
  const toks = c.sentence.toks;
  for (let k = c.subj[0]; k < c.pred[1]; k++) {
    if (!NEGATION.has(toks[k].lower)) continue;
    const inVerb = (k >= c.verb[0] && k < c.verb[1]) || (adverbsKept && k >= c.subj[1] && k < c.verb[0]);
    const inPred = k >= c.pred[0] && k < c.pred[1] && !(k >= slot.a && k < slot.b);
    if (!inVerb && !inPred) return false;
  }
  for (let k = c.pred[0]; k < c.pred[1] - 1; k++)
    if (toks[k].text === "," && toks[k + 1].pos === "VERB" && !/ing$/.test(toks[k + 1].lower) && verbForms(toks[k + 1].lower)?.tense === "past") return false;
  // "Its results, published on Tuesday, showed …": a participle between commas after the subject is no verb of
  // the clause, whose verb comes after the second comma
  const after = toks[c.pred[1]]?.text === "," ? toks[c.pred[1] + 1] : undefined;
  if (toks[c.verb[0] - 1]?.text === "," && after !== undefined && after.pos === "VERB" && !/ing$/.test(after.lower)) return false;
  return true;
}

/** Verbs that report speech: with a quotation in the sentence, what was said is the quotation. */
const REPORTING = /^(said|says|told|tells|added|adds|explained|asked|replied|insisted|warned|wrote|announced)$/;
/** Other verbs whose object clause holds its own time ("… said he would meet them on Thursday"), with REPORTING. */
const THINKING = /^(say|tell|think|thinks|thought|believe|believes|believed|hope|hopes|hoped|expect|expects|expected)$/;

export function whQuestion(ctx: Ctx, c: Clause, slot: Slot): WhQuestion | null {
  if (c.quoted) return null;
  const toks = c.sentence.toks;
  const body = ctx.body;
  const inSubj = slot.a >= c.subj[0] && slot.b <= c.subj[1];
  const inPred = slot.a >= c.pred[0] && slot.b <= c.pred[1];
  // a slot outside the subject and the predicate is never asked about (checked first: most slots are in another clause)
  if (!inSubj && !inPred) return null;
  // '"This is about safety," Adeyemi told the meeting.' would ask only "Who told the meeting?"
  if (REPORTING.test(toks[c.head].lower) && /["“”]/.test(c.sentence.text)) return null;
  // "…, its manager said on Wednesday": the day belongs to the saying, not to what was said
  if (c.attribution && slot.a >= c.attribution[0] && slot.b <= c.attribution[1]) return null;
  // a clause after ", and …" whose subject the parser starts at the conjunction
  if (/^(and|but|or)$/i.test(toks[c.subj[0]]?.text ?? "")) return null;
  const inPre = c.pre !== null && slot.a >= c.pre[0] && slot.b <= c.pre[1];
  const end = tail(ctx, c, inPre);
  if (end === "\u0000") return null;
  // a negation the question would leave out turns the answer round ("Mary never earned any money from them" is
  // no answer to "Who earned any money from them?"): words between the subject and the verb go into the question,
  // and a clause whose "not"/"never" would still be lost is not asked
  const between = c.subj[1] < c.verb[0] ? spanText(body, toks, c.subj[1], c.verb[0]).trim() : "";
  const adverbs = /^[a-z’' -]*$/i.test(between) && !/,/.test(between) ? between : "";
  const verbText = join([adverbs, spanText(body, toks, c.verb[0], c.verb[1])]);
  const predText = spanText(body, toks, c.pred[0], c.pred[1]);
  // (asked last, just before a question is made: most slots are ruled out sooner)
  const askable = () => clauseAskable(c, slot, adverbs !== "");

  if (inSubj) {
    // Everything in the subject besides the slot may only be "the", titles, or a demonym before a title.
    for (let k = c.subj[0]; k < c.subj[1]; k++) {
      if (k >= slot.a && k < slot.b) continue;
      if (slot.hedgeA !== undefined && k >= slot.hedgeA && k < slot.a) continue;
      const t = toks[k];
      if (slot.kind === "count" && k >= slot.b) continue; // the counted noun phrase
      if (t.lower === "the" || TITLES.has(t.lower) || (isDemonym(t.text) && TITLES.has(toks[k + 1]?.lower ?? ""))) continue;
      return null;
    }
    if (slot.kind === "count") {
      const unitEnd = c.subj[1];
      const how = howPhrase({ ...slot, unit: spanText(body, toks, slot.b, unitEnd) });
      if (!how) return null;
      if (!askable()) return null;
      return { prompt: join([how.phrase, verbText, predText, end]) + "?", answer: how.answer, role: "subject" };
    }
    const wh = whWord(slot);
    if (!wh) return null;
    if (slot.possessive) return null;
    // "… a patent for her 'window cleaning device'": the predicate must not stop at a possessive
    if (/\b(her|his|their|its|our|my|your|the|a|an|of)$/i.test(predText.trim())) return null;
    const agreed = verbText.replace(/^(are|were|have)\b/, (m) => ({ are: "is", were: "was", have: "has" })[m] ?? m);
    if (!askable()) return null;
    return { prompt: join([wh, agreed, predText, end]) + "?", answer: withArticle(slot), role: "subject" };
  }

  if (!inPred) return null;
  // a pronoun subject would dangle in the question ("How many did she count?", "On which day did its results …?")
  // ("he" or "she" stays when the article model knows who it is: the question names them, whCandidates)
  const subjWord = toks[c.subj[0]].lower;
  if (/^(he|she|it|they|we|i|you|this|these|those|that|his|her|its|their|our|my|your)$/.test(subjWord) && !(/^(he|she)$/.test(subjWord) && ctx.referents[slot.sentence])) return null;
  // copular predicates ("is a huge delta in Botswana") and particles ("brings in $300 million") do not invert well
  if (/^(is|are|was|were|be|been)$/i.test(toks[c.head].lower) && toks[c.pred[0]]?.pos !== "ADP") return null;
  // The phrase that leaves the predicate: [preposition] [hedge] answer [counted noun].
  let ra = slot.hedgeA ?? slot.a;
  let rb = slot.b;
  if (slot.kind === "count") {
    const unitWords = new Set((slot.unit ?? "").split(" "));
    while (rb < c.pred[1] && (toks[rb].pos === "NOUN" || toks[rb].pos === "ADJ" || (toks[rb].pos === "PROPN" && isDemonym(toks[rb].text)) || unitWords.has(toks[rb].text))) rb++;
  }
  if (toks[ra - 1]?.lower === "the" && (slot.kind === "place" || slot.kind === "org" || slot.kind === "country")) {
    ra--;
  }
  const prep = toks[ra - 1]?.pos === "ADP" ? toks[ra - 1].lower : null;
  if (prep) ra--;
  if (prep && ra === c.head + 1 && /^(in|out|up|off|down|back)$/.test(prep) && slot.kind !== "place") return null;
  if (slot.possessive) return null;
  // "died in Pompeii alone": the word after the answer belongs to it, and would be left to mean something else
  if (/^(alone|itself|themselves|himself|herself|too|only|either)$/.test(toks[rb]?.lower ?? "")) return null;
  // "Theo did not believe that she had sat still for twenty minutes": what follows "that" after a verb of saying
  // or thinking belongs to the clause it opens ("How long did Theo not believe …?" asks something else)
  if (THINKING.test(verbForms(toks[c.head].lower)?.infinitive ?? toks[c.head].lower) || REPORTING.test(toks[c.head].lower))
    for (let k = c.head + 1; k < ra; k++) if (toks[k].lower === "that") return null;
  // "Dr. Ortiz said that her next study, due to begin on Monday, …": a time after "that", "which", … or after another
  // verb belongs to that clause, not to the one the question asks about
  if (slot.kind === "weekday" || slot.kind === "date" || slot.kind === "year" || slot.kind === "month") {
    // ("Mr. Okafor said he would meet the company again on Thursday": the day of the meeting, not of the saying)
    if (REPORTING.test(toks[c.head].lower) || THINKING.test(toks[c.head].lower)) return null;
    for (let k = c.head + 1; k < ra; k++) {
      if (/^(that|which|who|whom|whose|when|where|while|because|although|if|until|before|after)$/.test(toks[k].lower)) return null;
      if (toks[k].pos === "VERB" && toks[k - 1]?.lower === "to" && verbForms(toks[k].lower)?.infinitive === toks[k].lower) return null;
    }
  }
  // "in Greene County, Alabama": the place after the comma belongs to the answer
  if (toks[rb]?.text === "," && toks[rb + 1]?.pos === "PROPN" && (slot.kind === "place" || slot.kind === "country")) return null;
  // "on Tuesday night": the part of the day goes with the day
  if (slot.kind === "weekday" && /^(night|morning|afternoon|evening)$/.test(toks[rb]?.lower ?? "")) rb++;
  // one of a pair ("at Blisworth and Braunston"), or inside a phrase that hangs on a noun ("a petition signed by
  // 3,000 people"): taking it out leaves the rest broken
  if (/^(and|or)$/.test(toks[rb]?.lower ?? "") || /^(and|or)$/.test(toks[ra - 1]?.lower ?? "")) return null;
  if (prep && ra - 1 > c.head && toks[ra - 1]?.pos === "VERB") return null;
  // "equalised two minutes after the break", "won for the first time in 27 years": not how long it lasted
  if (slot.kind === "duration" && (/^(after|before|later|earlier|into|ago)$/.test(toks[rb]?.lower ?? "") || (prep !== null && prep !== "for"))) return null;
  let wh: string | null = null;
  let answer = slot.text;
  let role: WhQuestion["role"] = "adjunct";
  switch (slot.kind) {
    case "weekday":
      if (prep === "on") wh = "On which day";
      else if (prep === "by" || prep === "until" || prep === "since") wh = `${cap(prep)} which day`;
      break;
    case "date":
      if (prep === "on") wh = "On what date";
      else if (prep === "since" || prep === "until" || prep === "by") wh = `${cap(prep)} what date`;
      break;
    case "year":
      if (prep === "in" || prep === "since" || prep === "until" || prep === "by") wh = `${cap(prep)} which year`;
      break;
    case "month":
      if (prep === "in") wh = "In which month";
      break;
    case "place":
      if (prep === "in" || prep === "at") wh = "Where";
      break;
    case "person":
    case "group":
    case "org":
    case "country": {
      const base = whWord(slot);
      if (!base) return null;
      if (prep === null && ra === c.head + 1 && rb === c.pred[1]) {
        wh = base;
        role = "object";
      } else if (prep === "by" && c.aux >= 0 && /^(was|were|is|are)$/.test(toks[c.aux].lower) && c.head > c.aux) {
        // passive → active: "The work was led by X" → "Who led the work?"
        const forms = verbForms(toks[c.head].lower);
        if (!forms) return null;
        const verb = toks[c.aux].lower === "was" || toks[c.aux].lower === "were" ? forms.past : forms.present3;
        if (forms.past === toks[c.head].lower || toks[c.aux].lower.startsWith("w")) {
          const subj = lowerFirst(toks, c.subj[0], spanText(body, toks, c.subj[0], c.subj[1]), ctx);
          // an apposition after the name ("by Margaret Doyle, a retired teacher") describes the answer: drop it
          const after = spanText(body, toks, rb, c.pred[1]);
          const rest = join([spanText(body, toks, c.pred[0], ra), /^,/.test(after.trim()) || toks[rb]?.text === "," ? "" : after]);
          if (!askable()) return null;
          return { prompt: join([base, verb, subj, rest, end]) + "?", answer, role: "subject" };
        }
        return null;
      } else if ((prep === "with" || prep === "to" || prep === "from") && ra === c.head + 1) {
        if (slot.kind === "person" || slot.kind === "group") wh = `${cap(prep)} whom`;
        else wh = `${cap(prep)} ${base.toLowerCase()}`;
        role = "object";
      }
      if (wh) answer = withArticle(slot);
      break;
    }
    default: {
      const how = howPhrase(slot);
      if (!how) return null;
      // "enough energy for about 60 hours of work": the number belongs to a noun phrase
      if (toks[rb]?.lower === "of") return null;
      answer = how.answer;
      if (slot.kind === "duration" && (prep === "for" || prep === null)) wh = how.phrase;
      else if (prep === null && ra === c.head + 1) wh = how.phrase;
      else if (prep && prep !== "of") wh = `${cap(prep)} ${how.phrase.charAt(0).toLowerCase()}${how.phrase.slice(1)}`;
    }
  }
  if (!wh) return null;
  if (slot.entity) answer = withArticle(slot);
  // Predicate without the answer phrase.
  const before = spanText(body, toks, c.pred[0], ra);
  const after = spanText(body, toks, rb, c.pred[1]);
  if (/^[,]/.test(after.trim()) && before.trim() === "") return null;
  const rest = join([before, after]).replace(/,$/, "");
  if (/\b(of|to|from|with|by|in|on|at|the|a|an|and|her|his|their|its|our|my|your)$/i.test(rest)) return null;
  // Subject and verb: invert the auxiliary or add do-support.
  const subj = lowerFirst(toks, c.subj[0], spanText(body, toks, c.subj[0], c.subj[1]), ctx);
  let verbPart: string[];
  const haveAlone = c.aux >= 0 && /^(has|have|had)$/.test(toks[c.aux].lower) && c.verb[1] <= c.aux + 1;
  if (c.aux >= 0 && !haveAlone) {
    const aux = toks[c.aux].lower;
    const restVerb = spanText(body, toks, c.aux + 1, c.verb[1]);
    verbPart = [aux, subj, restVerb];
  } else if (haveAlone) {
    // "has" as the main verb takes do-support: "How many volunteers does the food bank have?", not "… has the food bank?"
    const aux = toks[c.aux].lower;
    verbPart = [aux === "had" ? "did" : aux === "has" ? "does" : "do", subj, "have"];
  } else {
    const forms = verbForms(toks[c.head].lower);
    if (!forms) return null;
    // the verb as written agrees with its subject: "arrive" takes "do", "arrives" "does" (a capitalised "Whales" at
    // the start is no name, whatever its tag)
    const written = toks[c.head].lower;
    const baseForm = written === forms.infinitive && written !== forms.present3 && written !== forms.past;
    const doWord = forms.tense === "past" ? "did" : isPlural(toks, c.subj[0], c.subj[1]) || baseForm ? "do" : "does";
    const adv = spanText(body, toks, c.subj[1], c.verb[0]).replace(/^,.*$/, "");
    verbPart = [doWord, subj, adv, forms.infinitive];
  }
  if (!askable()) return null;
  const prompt = join([wh, ...verbPart, rest, end]) + "?";
  return { prompt, answer, role };
}
