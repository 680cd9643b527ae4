/**
 * Claims: what the article reports someone as saying, with its source. News is made of them ("“…,” Bush said",
 * "Yayi said he and Bush discussed …", "According to the ministry, …"), so questions are written from the claim
 * and its speaker, never from the quotation marks. A claim's speaker is a person the article names, read from the
 * attribution or, for "he said"/"she said", resolved to the one person of that sex named just before; a claim
 * whose speaker cannot be named, or whose words need the sentences around them ("I", "we", "it", "this"), is left
 * out.
 */
import type { Sentence } from "../analyse";
import type { Gazetteer, NameEntity } from "../names";
import { wordCount } from "../text";
import { pronounSex, type Role, type Sex } from "./people";
import { pointsOutside } from "./refs";

export interface Claim {
  speaker: NameEntity;
  /** what was said, as reported speech without its full stop: "the World Trade Organization is willing to help" */
  content: string;
  sentence: number;
  /** the words were quoted in the article (a reported form is then a paraphrase) */
  direct: boolean;
  /** the attribution names the speaker by pronoun ("he said"): the item names them instead */
  byPronoun: boolean;
  /** a quotation in reported speech, tenses moved back ("it is going smoothly" → "it was going smoothly") */
  reported?: string;
}

const SAY = "said|says|added|adds|explained|explains|stated|states|noted|notes|told reporters|told the press|announced|announces|argued|argues|insisted|insists|warned|warns|claimed|claims|wrote|writes|reported|reports|confirmed|confirms";

/** Words of a quotation that only the speaker's situation explains. */
const FIRST_SECOND = /\b(I|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|here|now|today|tonight|yesterday|tomorrow)\b/i;

function tidy(content: string, strict = true): string | null {
  let c = content.trim().replace(/^(that)\s+/i, "").replace(/[,.;:!]+$/, "").trim();
  if (c.length === 0) return null;
  // a reported clause starts in lower case, unless with a name or "I"
  if (/^[A-Z][a-z]/.test(c) && !/^[A-Z][a-z]+\s+[A-Z]/.test(c)) {
    const first = c.split(/\s/)[0];
    if (/^(The|A|An|This|There|It|Its|Our|Their|His|Her|Some|Many|Most|All|No|Every|Each|Such|These|Those|What|When|If|In|On|At|For|With|Without|After|Before|Because|Since|While|Although|But|And|So|Not|Only|More|Less|Any|One|Two|Three|Four|Five|Ten)$/.test(first)) c = c.charAt(0).toLowerCase() + c.slice(1);
  }
  // a clause joined on after it ("…, but he also suggested …") is another claim
  c = c.split(/;|,\s+(?:but|while|although|though|and he|and she|and they)\s/)[0].trim();
  const marks = (c.match(/[“”"]/g) ?? []).length;
  if (marks % 2 !== 0 || c.endsWith("?")) return null;
  if (FIRST_SECOND.test(c.replace(/“[^”]*”/g, ""))) return null;
  const words = wordCount(c);
  if (words < 4 || words > 26) return null;
  // ("he", "they" inside what was said point to someone the claim does not name: the speaker or another)
  if (pointsOutside(c) || (strict && /\b(he|she|him|his|her|they|them|their|it|its)\b/i.test(c.replace(/^it (is|was) /i, "").replace(/“[^”]*”/g, "")))) return null;
  return c;
}

/**
 * The person a speaker phrase names: a mention of a person inside the phrase ("U.S. President George W. Bush",
 * "Ivory Coast's Yayi Boni"), or a pronoun resolved to the last person of that sex named before the sentence (and
 * no other person of that sex between).
 */
function speakerOf(s: Sentence, gaz: Gazetteer, from: number, to: number, sexes: Map<NameEntity, Sex>, recent: NameEntity[]): { e: NameEntity; pronoun: boolean } | null {
  const phrase = s.text.slice(from, to).trim();
  const inPhrase = (gaz.mentionsIn.get(s.index) ?? []).filter((x) => x.entity.kind === "person" && x.mention.start >= s.start + from && x.mention.end <= s.start + to);
  if (inPhrase.length === 1) return { e: inPhrase[0].entity, pronoun: false };
  if (inPhrase.length > 1) return null;
  const sex = /^(he|she)$/i.test(phrase) ? pronounSex(phrase.toLowerCase()) : null;
  if (sex === null) return null;
  const same = recent.filter((e) => sexes.get(e) === sex);
  // the last person named, and only them of that sex among the last named
  if (same.length === 0 || recent[recent.length - 1] !== same[same.length - 1]) return null;
  const distinct = new Set(same.slice(-3));
  return distinct.size === 1 ? { e: same[same.length - 1], pronoun: true } : null;
}

const SAY_WORDS = new Set(SAY.split("|").filter((w) => !w.includes(" ")).concat(["told"]));
/** What an organisation or a country speaks through: "the Comoros government says". */
const BODY_NOUNS = new Set(["government", "ministry", "police", "army", "military", "officials", "authorities", "spokesman", "spokeswoman", "spokesperson", "office", "council", "foreign", "defence", "defense", "health", "state", "media", "agency"]);
const BETWEEN_OK = new Set(["also", "has", "had", "have", "later", "then", "again", "previously", "reportedly", "further", "has", "once", "had", "publicly"]);

/** A gap between a speaker and the verb that is ", an apposition," and then only words like "has" or "also". */
function closesApposition(gap: Sentence["toks"]): boolean {
  let k = gap.length - 1;
  while (k > 0 && BETWEEN_OK.has(gap[k].lower)) k--;
  return k > 0 && gap[k].text === ",";
}

/** Where each token stands: inside quotation marks or not. */
function quotedFlags(s: Sentence): boolean[] {
  const out: boolean[] = [];
  let q = false;
  for (const t of s.toks) {
    if (t.text === "“" || t.text === "”" || t.text === '"') {
      q = t.text === "“" ? true : t.text === "”" ? false : !q;
      out.push(true);
      continue;
    }
    out.push(q);
  }
  return out;
}

/**
 * Claims by the tokens of each sentence: a reporting verb outside quotation marks, its speaker (the person named
 * just after it, "… said Chavez", or its subject before it, past an apposition or a relative clause set off by
 * commas, or the subject of a first verb joined by "and"), and what was said (after it, "said (that) …"; or before
 * it, "“…,” X said", "…, X said").
 */
export function findClaims(sentences: Sentence[], gaz: Gazetteer, sexes: Map<NameEntity, Sex>, roles: Role[] = []): Claim[] {
  const out: Claim[] = [];
  let recent: NameEntity[] = [];
  for (const s of sentences) {
    const toks = s.toks;
    const quoted = quotedFlags(s);
    // speakers: people, and organisations or countries that speak ("the Comoros government says", "Japan said")
    // (and an acronym the gazetteer could not place, "TEPCO", "NISA": something that speaks is a body)
    const people = (gaz.mentionsIn.get(s.index) ?? []).filter((x) => x.entity.kind === "person" || x.entity.kind === "org" || x.entity.kind === "country" || (x.entity.kind === "name" && /^[A-Z]{3,6}$/.test(x.entity.full))).sort((a, b) => a.mention.start - b.mention.start);
    const rel = (x: number) => x - s.start;
    const seen = new Set<string>();
    for (let v = 1; v < toks.length; v++) {
      if (quoted[v] || !SAY_WORDS.has(toks[v].lower)) continue;
      // the speaker
      let sp: { e: NameEntity; pronoun: boolean } | null = null;
      let speakerA = -1;
      let speakerB = -1;
      const afterVerb = people.find((p) => p.mention.a >= v + 1 && p.mention.a <= v + 4 && toks.slice(v + 1, p.mention.a).every((t) => /^[A-Z]/.test(t.text) || t.pos === "ADJ" || t.pos === "PROPN"));
      // (after "told" comes the one told: "told CNN's Spanish service")
      if (afterVerb && toks[v].lower !== "told" && (v + 1 >= toks.length || !/^(that|to)$/.test(toks[v + 1].lower))) {
        sp = { e: afterVerb.entity, pronoun: false };
        speakerA = v;
        speakerB = afterVerb.mention.b;
      } else {
        const before = people.filter((p) => p.mention.b <= v).pop();
        if (before) {
          const gap = toks.slice(before.mention.b, v);
          const ok =
            gap.every((t) => BETWEEN_OK.has(t.lower)) ||
            (before.entity.kind !== "person" && gap.length <= 2 && gap.every((t) => BODY_NOUNS.has(t.lower))) ||
            // (", the operator of the plant, has warned": an apposition, then the verb's own helpers)
            (gap[0]?.text === "," && gap.length <= 22 && closesApposition(gap)) ||
            (before.mention.a <= 1 && gap[gap.length - 1]?.lower === "and" && !gap.slice(0, -1).some((t) => t.text === "," || SAY_WORDS.has(t.lower)));
          if (ok) {
            sp = { e: before.entity, pronoun: false };
            speakerA = before.mention.a;
            speakerB = v + 1;
          }
        }
        // "the government spokesman said": the one person the article gives that role
        if (!sp) {
          let a = v - 1;
          while (a > 0 && a >= v - 5 && toks[a].lower !== "the") a--;
          const head = toks[v - 1].lower;
          const holders = new Set(roles.filter((r) => r.head === head).map((r) => r.entity));
          if (toks[a]?.lower === "the" && (a === 0 || toks[a - 1].text === "," || toks[a - 1].text === "”") && holders.size === 1 && toks.slice(a + 1, v).every((t) => t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN")) {
            sp = { e: [...holders][0], pronoun: true };
            speakerA = a;
            speakerB = v + 1;
          }
        }
        if (!sp && /^(he|she)$/.test(toks[v - 1].lower) && (v - 1 === 0 || toks[v - 2].text === "," || toks[v - 2].text === "”" || toks[v - 2].lower === "and")) {
          sp = speakerOf(s, gaz, rel(toks[v - 1].start), rel(toks[v - 1].end), sexes, recent);
          speakerA = v - 1;
          speakerB = v + 1;
        }
      }
      if (!sp) continue;
      // what was said: after the verb …
      let content: string | null = null;
      let direct = false;
      let k = speakerB > v ? speakerB : v + 1;
      // "told Bloomberg via e-mail: …", "told CNN's Spanish service that …": past the one told
      if (toks[v].lower === "told" || toks[v].lower === "says" || toks[v].lower === "said") {
        for (let j = k; j < Math.min(toks.length, k + 8); j++) {
          if (quoted[j]) break;
          if (toks[j].text === ":" || (toks[j].lower === "that" && toks[v].lower === "told")) {
            k = j;
            break;
          }
        }
      }
      if (toks[k]?.text === "," || toks[k]?.text === ":") k++;
      if (toks[k]?.lower === "that") k++;
      if (toks[k]?.text === ",") k++;
      const tail = toks.slice(k);
      if (tail.length > 0 && !/^(to|on|in|of|about|at|by|for|him|her|them|reporters|journalists|the)$/i.test(tail[0].lower)) {
        let end = toks.length;
        for (let j = k; j < toks.length; j++) if (!quoted[j] && toks[j].lower === "according" && toks[j + 1]?.lower === "to") end = j;
        const text = s.text.slice(rel(toks[k].start), rel(toks[end - 1].end));
        direct = /^[“"]/.test(text);
        content = direct ? quotation(text) : tidy(text);
      }
      // … or before it: "“…,” X said." / "…, X said."
      if (content === null && speakerA > 0) {
        const lead = s.text.slice(0, rel(toks[speakerA].start)).trim().replace(/,$/, "");
        const isQuote = /^[“"].*[”"],?$/.test(lead);
        if (isQuote || (!/[“”"]/.test(lead) && speakerB >= toks.length - 1)) {
          direct = isQuote;
          content = isQuote ? quotation(lead) : tidy(lead);
        }
      }
      if (content === null) continue;
      const key = `${sp.e.key}|${content}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ speaker: sp.e, content, sentence: s.index, direct, byPronoun: sp.pronoun, reported: direct ? (reportedSpeech(content) ?? undefined) : undefined });
    }
    recent = [...recent.slice(-4), ...people.map((x) => x.entity)];
  }
  return out;
}

/**
 * A quotation as an item may quote it: whole (its marks pairing up), between 4 and 22 words, with the speaker's
 * own "I" or "we" kept inside the marks where they read right. Null when it runs on past the sentence.
 */
function quotation(text: string): string | null {
  const m = /^[“"]([^”"]+)[”"]/.exec(text.trim());
  if (!m) return null;
  let inner = m[1].trim().replace(/[,;:]$/, "");
  // a quotation of several sentences is quoted by its first, when that says enough
  const first = /^(.+?[.!?])\s+[A-Z]/.exec(inner);
  if (first && wordCount(first[1]) >= 6) inner = first[1];
  const words = wordCount(inner);
  if (words < 4 || words > 30 || /^[a-z]/.test(inner) || /\.\.\.|…|\[/.test(inner)) return null;
  return `“${/[.!?]$/.test(inner) ? inner.slice(0, -1) : inner}”`;
}

const BACKSHIFT: Record<string, string> = {
  is: "was", are: "were", "isn't": "wasn't", "aren't": "weren't", has: "had", have: "had", will: "would", "won't": "wouldn't",
  can: "could", "can't": "couldn't", may: "might", shall: "should", does: "did", do: "did", "don't": "didn't", "doesn't": "didn't",
};

/**
 * A quotation as reported speech: without its marks, tenses moved one step back, when it speaks of nothing but
 * third persons (no "I", "we", "you", "here", "now"). Null otherwise.
 */
export function reportedSpeech(quoted: string): string | null {
  const inner = quoted.replace(/^“|”$/g, "");
  if (FIRST_SECOND.test(inner) || /[“”"?!]/.test(inner) || /\b(this|these)\b/i.test(inner)) return null;
  let changed = false;
  const out = inner.replace(/\b(is|are|isn't|aren't|has|have|will|won't|can|can't|may|shall|does|do|don't|doesn't)\b/g, (w) => {
    changed = true;
    return BACKSHIFT[w];
  });
  if (!changed) return null;
  const first = out.charAt(0);
  const lowered = /^(The|A|An|It|There|Some|Many|Most|All|Every|No)\b/.test(out) ? first.toLowerCase() + out.slice(1) : out;
  return tidy(lowered, false);
}
