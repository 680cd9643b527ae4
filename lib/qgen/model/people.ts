/**
 * What the article says about who its people are: their sex where the text shows it (a title, a role word, the
 * pronouns that follow them), and their roles (a title before the name, an apposition beside it, "X is a …"), each
 * role with the span it is read from. Roles are facts of their own: "Who is Jane Doe?" asks one.
 */
import nlp from "compromise";
import type { Sentence, Tok } from "../analyse";
import { isDemonym, TITLES } from "../lexicon";
import type { Gazetteer, NameEntity, NameMention } from "../names";
import { FEMALE_WORDS, MALE_WORDS, ROLE_NOUNS, HONORIFICS } from "./words";

export type Sex = "m" | "f";

export interface Role {
  entity: NameEntity;
  /** the role as an item writes it, with its article: "a spokeswoman for the ministry", "the Ukrainian president" */
  text: string;
  /** the role's head noun, lower case ("spokeswoman", "president") */
  head: string;
  sentence: number;
  /** token range of the role phrase in the sentence, [a, b) */
  a: number;
  b: number;
  /** where it was read from */
  source: "title" | "apposition" | "copula" | "relative";
}

const sexCache = new Map<string, Sex | null>();

/** compromise's first-name lists: "Maria" is a woman's name, "Peter" a man's (cached per word). */
function nameSex(first: string): Sex | null {
  const hit = sexCache.get(first);
  if (hit !== undefined) return hit;
  const doc = nlp(first);
  const sex: Sex | null = doc.has("#FemaleName") ? "f" : doc.has("#MaleName") ? "m" : null;
  if (sexCache.size > 20_000) sexCache.clear();
  sexCache.set(first, sex);
  return sex;
}

const MALE_PRONOUNS = new Set(["he", "him", "his", "himself"]);
const FEMALE_PRONOUNS = new Set(["she", "her", "hers", "herself"]);

export function pronounSex(lower: string): Sex | null {
  return MALE_PRONOUNS.has(lower) ? "m" : FEMALE_PRONOUNS.has(lower) ? "f" : null;
}

/**
 * The sex of each person the article names, where it shows: a title ("Mrs", "Sir"), a role word beside a mention
 * ("spokeswoman"), the pronouns that follow the person's mentions when no other person stands between, then the
 * first name's usual sex. Unknown otherwise.
 */
export function sexOfPeople(sentences: Sentence[], gaz: Gazetteer, roles: Role[]): Map<NameEntity, Sex> {
  const out = new Map<NameEntity, Sex>();
  const votes = new Map<NameEntity, { m: number; f: number }>();
  const vote = (e: NameEntity, s: Sex, w: number) => {
    const v = votes.get(e) ?? { m: 0, f: 0 };
    v[s] += w;
    votes.set(e, v);
  };
  for (const e of gaz.entities) {
    if (e.kind !== "person") continue;
    for (const m of e.mentions) {
      const toks = sentences[m.sentence].toks;
      if (m.titleAt >= 0) {
        const t = toks[m.titleAt].lower.replace(/\.$/, "");
        if (MALE_WORDS.has(t)) vote(e, "m", 5);
        if (FEMALE_WORDS.has(t)) vote(e, "f", 5);
      }
    }
  }
  for (const r of roles) {
    if (MALE_WORDS.has(r.head)) vote(r.entity, "m", 4);
    if (FEMALE_WORDS.has(r.head)) vote(r.entity, "f", 4);
  }
  // pronouns after a mention, up to the next person named (in the same or the next sentence)
  const people = gaz.entities.filter((e) => e.kind === "person");
  if (people.length > 0) {
    let last: NameEntity | null = null;
    let lastSentence = -1;
    for (const s of sentences) {
      const named = (gaz.mentionsIn.get(s.index) ?? []).filter((x) => x.entity.kind === "person").sort((x, y) => x.mention.start - y.mention.start);
      if (s.index > lastSentence + 1) last = null;
      let k = 0;
      let quoted = false;
      for (const t of s.toks) {
        if (t.text === "“" || t.text === "”" || t.text === '"') quoted = t.text === "“" ? true : t.text === "”" ? false : !quoted;
        while (k < named.length && named[k].mention.end <= t.start) {
          // two people in a row: the pronoun after them says nothing about either
          last = last !== null && last !== named[k].entity && named[k].mention.sentence === lastSentence && k > 0 ? null : named[k].entity;
          lastSentence = s.index;
          k++;
        }
        if (quoted || last === null) continue;
        const sex = pronounSex(t.lower);
        if (sex !== null && t.pos === "PRON") vote(last, sex, 1);
      }
      if (named.length > 1) last = null;
    }
  }
  for (const e of people) {
    const v = votes.get(e);
    if (v && v.m !== v.f) {
      out.set(e, v.m > v.f ? "m" : "f");
      continue;
    }
    const first = e.full.split(" ")[0];
    if (e.full.includes(" ") || !TITLES.has(first.toLowerCase())) {
      const s = nameSex(first);
      if (s !== null) out.set(e, s);
    }
  }
  return out;
}

const isCapTok = (t: Tok | undefined) => t !== undefined && /^[A-Z]/.test(t.text);
const ROLE_STOP = new Set([",", ".", ";", ":", "—", "–", "(", ")", "“", "”", '"']);

/**
 * A role phrase read from tokens [a, b): a determiner (or possessive), then nouns, adjectives, names, numbers and
 * short prepositional phrases, with a role noun as its head; no verb but a participle used as an adjective.
 */
function roleHead(toks: Tok[], a: number, b: number): string | null {
  let head: string | null = null;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.pos === "VERB" && !/(ed|en)$/.test(t.lower)) return null;
    if (t.pos === "AUX" || t.pos === "SCONJ" || (t.pos === "PRON" && !/^(his|her|its|their)$/.test(t.lower))) return null;
    if (t.pos === "ADP" && head !== null) break; // "a spokeswoman for the ministry": the head comes before "for"
    if ((t.pos === "NOUN" || t.pos === "PROPN") && ROLE_NOUNS.has(t.lower.replace(/[’']s$/, ""))) head = t.lower;
  }
  return head;
}

function asWritten(body: string, toks: Tok[], a: number, b: number): string {
  return body.slice(toks[a].start, toks[b - 1].end);
}

/**
 * The roles of the article's people: "Ukrainian President Volodymyr Zelensky" (title), "Jane Doe, a spokeswoman for
 * the ministry," and "the ministry's spokeswoman, Jane Doe," (appositions), "Jane Doe is a retired judge" (copula),
 * "Jane Doe, who is a retired judge," (relative).
 */
export function findRoles(sentences: Sentence[], gaz: Gazetteer, body: string): Role[] {
  const roles: Role[] = [];
  const seen = new Set<string>();
  const add = (r: Role) => {
    const key = `${r.entity.key}|${r.text.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    roles.push(r);
  };
  for (const e of gaz.entities) {
    if (e.kind !== "person") continue;
    for (const m of e.mentions) {
      const s = sentences[m.sentence];
      const toks = s.toks;
      const title = titleRole(body, toks, m);
      if (title) add({ entity: e, ...title, sentence: s.index, source: "title" });
      // apposition after: "Name, a/an/the … ,"
      if (toks[m.b]?.text === "," && /^(a|an|the)$/i.test(toks[m.b + 1]?.lower ?? "")) {
        let k = m.b + 1;
        while (k < toks.length && !ROLE_STOP.has(toks[k].text) && k - m.b <= 14) k++;
        const closed = toks[k]?.text === "," || toks[k]?.text === "." || toks[k]?.text === "—";
        const head = closed ? roleHead(toks, m.b + 1, k) : null;
        if (head !== null && k - (m.b + 1) >= 2) {
          const text = asWritten(body, toks, m.b + 1, k);
          add({ entity: e, text: lower1(text), head, sentence: s.index, a: m.b + 1, b: k, source: "apposition" });
        }
      }
      // relative: "Name, who is/was a … ,"
      if (toks[m.b]?.text === "," && toks[m.b + 1]?.lower === "who" && /^(is|was)$/.test(toks[m.b + 2]?.lower ?? "") && /^(a|an|the)$/.test(toks[m.b + 3]?.lower ?? "")) {
        let k = m.b + 3;
        while (k < toks.length && !ROLE_STOP.has(toks[k].text) && k - m.b <= 16) k++;
        const head = toks[k]?.text === "," || toks[k]?.text === "." ? roleHead(toks, m.b + 3, k) : null;
        if (head !== null) add({ entity: e, text: lower1(asWritten(body, toks, m.b + 3, k)), head, sentence: s.index, a: m.b + 3, b: k, source: "relative" });
      }
      // copula: "Name is/was a … ." as the sentence's subject
      if (m.a === 0 && /^(is|was)$/.test(toks[m.b]?.lower ?? "") && /^(a|an|the)$/.test(toks[m.b + 1]?.lower ?? "")) {
        let k = m.b + 1;
        while (k < toks.length && !ROLE_STOP.has(toks[k].text) && toks[k].lower !== "who" && toks[k].lower !== "and") k++;
        const head = roleHead(toks, m.b + 1, k);
        if (head !== null && k - m.b <= 14) add({ entity: e, text: lower1(asWritten(body, toks, m.b + 1, k)), head, sentence: s.index, a: m.b + 1, b: k, source: "copula" });
      }
      // apposition before: "The ministry's spokeswoman, Jane Doe, said …" / "Its director, Jane Doe,"
      if (toks[m.a - 1]?.text === "," && toks[m.b]?.text === ",") {
        let k = m.a - 2;
        while (k >= 0 && !ROLE_STOP.has(toks[k].text) && m.a - k <= 10) k--;
        const a = k + 1;
        if (a < m.a - 1 && /^(the|a|an)$/i.test(toks[a].lower) && (a === 0 || toks[a - 1].text === ",")) {
          const head = roleHead(toks, a, m.a - 1);
          const last = toks[m.a - 2];
          if (head !== null && last.lower === head) add({ entity: e, text: lower1(asWritten(body, toks, a, m.a - 1)), head, sentence: s.index, a, b: m.a - 1, source: "apposition" });
        }
      }
    }
  }
  return roles;
}

/** "Ukrainian President Volodymyr Zelensky" → "the Ukrainian president"; "United manager Claire Dobson" → "the United manager". */
function titleRole(body: string, toks: Tok[], m: NameMention): { text: string; head: string; a: number; b: number } | null {
  // a title the gazetteer took off the name
  let a = m.titleAt >= 0 ? m.titleAt : m.a;
  // lower-case role nouns written before the name ("researcher Jane Doe", "council spokeswoman Jane Doe")
  if (a === m.a) {
    let k = m.a - 1;
    if (k < 0 || !ROLE_NOUNS.has(toks[k].lower) || toks[k].pos === "PROPN" || /^[A-Z]/.test(toks[k].text)) return null;
    while (k - 1 >= 0 && (toks[k - 1].pos === "NOUN" || toks[k - 1].pos === "ADJ" || (toks[k - 1].pos === "PROPN" && isCapTok(toks[k - 1]))) && !/^(the|a|an)$/.test(toks[k - 1].lower) && m.a - k < 4) k--;
    a = k;
  }
  // a demonym or a country before the title ("Ukrainian President", "U.S. Secretary of State")
  while (a > 0 && (isDemonym(toks[a - 1].text) || /^[A-Z]\.[A-Z]\.$/.test(toks[a - 1].text)) && a - 1 >= 0) a--;
  const words = toks.slice(a, m.a);
  if (words.length === 0) return null;
  const head = [...words].reverse().find((t) => ROLE_NOUNS.has(t.lower.replace(/\.$/, "")) && !HONORIFICS.has(t.lower.replace(/\.$/, "")));
  if (!head) return null;
  // "former", "acting", "then-": kept as written
  const text = words
    .map((t) => (TITLES.has(t.lower) || ROLE_NOUNS.has(t.lower) || t.text === "of" ? t.lower : t.text))
    .join(" ")
    .replace(/\s+([’']s)\b/g, "$1");
  if (words.some((t) => HONORIFICS.has(t.lower.replace(/\.$/, "")))) return null;
  void body;
  return { text: `the ${text}`, head: head.lower.replace(/\.$/, ""), a, b: m.a };
}

function lower1(text: string): string {
  return /^(A|An|The) /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

