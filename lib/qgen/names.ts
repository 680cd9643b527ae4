/**
 * The article's own name gazetteer: capitalised names with their kind (person, place, country,
 * organisation), titles stripped ("President Trump" → Trump, a person), surnames linked to full names.
 */
import type { Sentence, Tok } from "./analyse";
import { nameKind } from "./compromise";
import {
  CITIES, CONTINENTS, COUNTRIES, LANDMARK_CITY, MONTHS, ORG_HEADS, ORGS, PEOPLE, PLACE_HEADS, PLANETS, REGION_COUNTRY, TITLES, WEEKDAYS, isDemonym,
} from "./lexicon";

export type NameKind = "person" | "place" | "country" | "org" | "name";

export interface NameEntity {
  key: string;
  /** Longest form seen, without title ("Volodymyr Zelensky"). */
  full: string;
  /** Last word for people ("Zelensky"), else the full form. */
  short: string;
  kind: NameKind;
  mentions: NameMention[];
  /** "the" is used before it in the article ("the Kremlin", "the White House"). */
  article: boolean;
}

export interface NameMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** token range in the sentence, [a, b) */
  a: number;
  b: number;
  /** The mention had a title before it. */
  titled: boolean;
  /** token index where a title starts, if any */
  titleAt: number;
}

export interface Gazetteer {
  entities: NameEntity[];
  byKey: Map<string, NameEntity>;
  /** sentence index → mentions in it */
  mentionsIn: Map<number, Array<{ entity: NameEntity; mention: NameMention }>>;
  find(text: string): NameEntity | undefined;
}

/** Capitalised time words that open a sentence before a name: never part of it. */
const LEADING_TIME = new Set(["Yesterday", "Today", "Tomorrow", "Tonight", "Earlier", "Later", "Now", "Last", "Recently"]);

const NOT_NAMES = new Set([
  "The", "A", "An", "However", "While", "Although", "Though", "Following", "After", "Before", "When", "As", "But",
  "And", "Or", "In", "On", "At", "For", "From", "With", "By", "Of", "It", "He", "She", "They", "We", "I", "This",
  "That", "These", "Those", "Meanwhile", "Yet", "Still", "Then", "Once", "If", "Because", "Since", "Over", "Under",
  "Much", "Many", "Most", "Some", "Each", "Every", "All", "No", "Not", "There", "Here", "According", "Mr", "Mrs",
  "Ms", "Dr", "Sir", ...WEEKDAYS, ...MONTHS,
]);

const COUNTRY_SET = new Set(COUNTRIES.map((c) => c.toLowerCase()));
const CITY_SET = new Set([...CITIES, ...Object.keys(REGION_COUNTRY), ...CONTINENTS, ...PLANETS].map((c) => c.toLowerCase()));
const SITE_SET = new Set(Object.keys(LANDMARK_CITY).map((c) => c.replace(/^the /, "").toLowerCase()));
const ORG_SET = new Set(ORGS.map((c) => c.replace(/^the /, "").toLowerCase()));
const PEOPLE_SET = new Set(PEOPLE.map((c) => c.toLowerCase()));

function isCap(t: Tok): boolean {
  // starts with A-Z (which is a letter, so it has one)
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

export function buildGazetteer(sentences: Sentence[]): Gazetteer {
  // Capitalised words seen away from the start of a sentence: sentence-initial words only count if seen there too.
  const midCaps = new Set<string>();
  for (const s of sentences)
    for (const t of s.toks) if (t.i > 0 && isCap(t) && !isQuoteStart(s.toks, t.i)) midCaps.add(t.text);

  const raw: Array<{ sentence: Sentence; a: number; b: number; titleAt: number; words: string[]; prev: string; next: string }> = [];
  for (const s of sentences) {
    const toks = s.toks;
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (!isCap(t) || (t.pos !== "PROPN" && t.pos !== "NOUN" && t.pos !== "ADJ" && !TITLES.has(t.lower))) {
        i++;
        continue;
      }
      let j = i;
      while (
        j < toks.length &&
        (isCap(toks[j]) ||
          (toks[j].lower === "of" && j + 1 < toks.length && isCap(toks[j + 1]) && j > i && ORG_HEADS.has(toks[j - 1].lower))) &&
        toks[j].pos !== "PUNCT"
      )
        j++;
      // titles at the front; before them a time word that opens the sentence ("Yesterday Mohamed received …"), and
      // after "Minister of" its portfolio ("Minister of Education Stefania Giannini")
      let a = i;
      while (a < j - 1 && LEADING_TIME.has(toks[a].text)) a++;
      if (a === i && j - a >= 3 && toks[a - 1]?.lower === "of" && TITLES.has(toks[a - 2]?.lower ?? "")) a++;
      let titleAt = -1;
      while (a < j && (TITLES.has(toks[a].lower) || (isDemonym(toks[a].text) && a + 1 < j && TITLES.has(toks[a + 1].lower)))) {
        if (titleAt < 0 && TITLES.has(toks[a].lower)) titleAt = a;
        if (titleAt < 0 && isDemonym(toks[a].text)) titleAt = a + 1;
        a++;
      }
      // "Miller's Ford", "St John's Wood": a name in the possessive before a capitalised place word names the
      // place, not a person; neither is taken
      if (/^[’']s$/.test(toks[j]?.text ?? "") && j + 1 < toks.length && isCap(toks[j + 1]) && POSSESSIVE_PLACE_HEADS.has(toks[j + 1].lower)) {
        i = j + 2;
        continue;
      }
      // honours after a name ("Zaha Hadid DBE RA") are no part of it
      let b = j;
      while (b - a > 1 && HONOURS.has(toks[b - 1].text)) b--;
      if (a < j) {
        const words = toks.slice(a, b).map((x) => x.text);
        const sentenceInitial = i === 0 || isQuoteStart(toks, i);
        const single = j - a === 1;
        const ok =
          !NOT_NAMES.has(words[0]) &&
          !(single && isDemonym(words[0]) && j < toks.length && (toks[j].pos === "NOUN" || toks[j].lower === "-")) &&
          !(sentenceInitial && single && titleAt < 0 && !midCaps.has(words[0]) && !known(words[0]));
        if (ok) raw.push({ sentence: s, a, b, titleAt, words, prev: toks[i - 1]?.lower ?? "", next: toks[j]?.lower ?? "" });
      }
      i = j;
    }
  }

  const byKey = new Map<string, NameEntity>();
  const entities: NameEntity[] = [];
  const mentionsIn = new Map<number, Array<{ entity: NameEntity; mention: NameMention }>>();
  const evidence = new Map<string, Evidence>();
  for (const r of raw) {
    const key = r.words.join(" ").toLowerCase();
    const e = evidence.get(key) ?? { person: 0, place: 0, org: 0, the: 0, a: 0, mentions: 0 };
    e.mentions += 1;
    if (r.prev === "a" || r.prev === "an") e.a += 1;
    if (r.titleAt >= 0) e.person += 3;
    if (SPEAKS_AFTER.has(r.next)) e.person += 2;
    // ("…," said United manager Claire Dobson: the name before a role is the team, not the speaker)
    if (SPEAKS_BEFORE.has(r.prev) && !TITLES.has(r.next) && !ROLES.has(r.next)) e.person += 2;
    if (["in", "at", "from", "near", "to", "across", "into"].includes(r.prev)) e.place += 1;
    // what people do ("Galois returned …", "Hadid was born …") and what only people have ("his expulsion" after
    // the name, "Galois' father")
    const toks = r.sentence.toks;
    const after = toks[r.b]?.lower ?? "";
    const after2 = toks[r.b + 1]?.lower ?? "";
    if (PERSON_VERBS.has(after) || ((after === "was" || after === "had" || after === "also") && PERSON_VERBS.has(after2))) e.person += 1;
    if (/^([’']s?|’s|'s)$/.test(after) && PERSON_NOUNS.has(after2)) e.person += 1;
    if (r.a <= 1 && toks.slice(r.b, r.b + 12).some((t) => (t.lower === "his" || t.lower === "her" || t.lower === "he" || t.lower === "she") && t.pos !== "PROPN")) e.person += 1;
    if (r.prev === "the") e.the += 1;
    evidence.set(key, e);
  }
  for (const r of raw) {
    const key = r.words.join(" ").toLowerCase();
    let entity = byKey.get(key);
    if (!entity) {
      const full = r.words.join(" ");
      entity = { key, full, short: full, kind: classify(r.words, evidence.get(key)!), mentions: [], article: false };
      byKey.set(key, entity);
      entities.push(entity);
    }
    const mention: NameMention = {
      sentence: r.sentence.index,
      start: r.sentence.toks[r.a].start,
      end: r.sentence.toks[r.b - 1].end,
      text: r.words.join(" "),
      a: r.a,
      b: r.b,
      titled: r.titleAt >= 0,
      titleAt: r.titleAt,
    };
    entity.mentions.push(mention);
    if (r.prev === "the") entity.article = true;
  }
  // Link surnames to full names: "Zelensky" is "Volodymyr Zelensky"; "Wilczek" is "Tomasz Wilczek".
  for (const e of entities.slice()) {
    if (e.key.includes(" ")) continue;
    const owner = entities.find((f) => f !== e && f.kind === "person" && f.key.endsWith(" " + e.key));
    if (owner) {
      owner.mentions.push(...e.mentions);
      byKey.set(e.key, owner);
      entities.splice(entities.indexOf(e), 1);
    }
  }
  // Link first names the same way when they point to one person: "Mary" is "Mary Seacole" (the most mentioned of
  // the people with that first name, if one is mentioned more than the others).
  for (const e of entities.slice()) {
    if (e.key.includes(" ")) continue;
    const owners = entities.filter((f) => f !== e && f.kind === "person" && f.key.startsWith(e.key + " ")).sort((x, y) => y.mentions.length - x.mentions.length);
    if (owners.length === 0 || (owners.length > 1 && owners[0].mentions.length === owners[1].mentions.length)) continue;
    owners[0].mentions.push(...e.mentions);
    byKey.set(e.key, owners[0]);
    entities.splice(entities.indexOf(e), 1);
  }
  for (const e of entities) {
    if (e.kind === "person") {
      const parts = e.full.split(" ");
      e.short = parts[parts.length - 1];
    }
    e.mentions.sort((x, y) => x.start - y.start);
    for (const m of e.mentions) {
      const list = mentionsIn.get(m.sentence) ?? [];
      list.push({ entity: e, mention: m });
      mentionsIn.set(m.sentence, list);
    }
  }
  // A name that is also a surname elsewhere ("Harker and Wilczek" firm) keeps its own entity; fine.
  const find = (text: string) => byKey.get(text.replace(/^the /i, "").toLowerCase());
  return { entities, byKey, mentionsIn, find };
}

/** Place words that follow a name in the possessive in a place's name ("Miller's Ford", "Land's End"). */
const POSSESSIVE_PLACE_HEADS = new Set([
  ...PLACE_HEADS, "ford", "wood", "green", "cross", "mill", "farm", "field", "gate", "well", "point", "end", "park",
  "college", "school", "hospital", "inn", "court", "yard", "quay", "heath", "moor", "common",
]);

const HONOURS = new Set(["DBE", "CBE", "OBE", "MBE", "KBE", "GBE", "RA", "FRS", "FRSE", "PhD", "Jr", "Jr.", "Sr", "Sr.", "QC", "KC", "MP"]);

/** Verbs of a life, after a name: evidence of a person, one vote per mention. */
const PERSON_VERBS = new Set([
  "born", "died", "married", "studied", "attended", "graduated", "returned", "attempted", "reacted", "decided",
  "wanted", "continued", "spent", "lived", "grew", "taught", "learned", "learnt", "designed", "moved", "tried",
  "wrote", "published", "fell", "received", "met", "travelled", "traveled", "worked", "refused", "hoped",
]);
/** Nouns that only a person has ("Galois' father", "Hadid's mother"). */
const PERSON_NOUNS = new Set([
  "father", "mother", "wife", "husband", "son", "daughter", "brother", "sister", "parents", "family", "death",
  "birth", "childhood", "life", "friend", "friends", "career", "arrest", "teacher", "uncle", "aunt",
]);

/** Verbs that follow a person's name ("Shah said", "Maya laughed") … */
const SPEAKS_AFTER = new Set([
  "said", "says", "told", "added", "explained", "believes", "thinks", "wrote", "asked", "replied", "answered",
  "shouted", "whispered", "laughed", "smiled", "nodded", "shrugged", "sighed", "frowned",
]);
/** Roles written after the name of the body they belong to ("United manager", "council spokeswoman"). */
const ROLES = new Set([
  "manager", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "director", "head",
  "boss", "leader", "owner", "official", "member", "player", "striker", "midfielder", "defender", "goalkeeper",
  "founder", "editor", "teacher", "headteacher", "volunteer", "organiser", "organizer",
]);
/** … and those that come before it in a speech tag ("… ,” said Shah", "… ?” asked Maya). */
const SPEAKS_BEFORE = new Set(["said", "says", "told", "asked", "replied", "answered", "shouted", "whispered", "added", "cried"]);

function known(word: string): boolean {
  const k = word.toLowerCase();
  return COUNTRY_SET.has(k) || CITY_SET.has(k) || ORG_SET.has(k);
}

/** What the words around a name's mentions say about it. */
interface Evidence {
  person: number;
  place: number;
  org: number;
  /** mentions after "the" */
  the: number;
  /** mentions after "a" or "an" */
  a: number;
  mentions: number;
}

function classify(words: string[], ev: Evidence): NameKind {
  const key = words.join(" ").toLowerCase();
  const last = words[words.length - 1].toLowerCase();
  if (COUNTRY_SET.has(key)) return "country";
  if (SITE_SET.has(key) && key !== "kremlin" && key !== "pentagon") return "place";
  if (ORG_SET.has(key) || ORG_HEADS.has(last)) return "org";
  if (CITY_SET.has(key)) return "place";
  if (PEOPLE_SET.has(key)) return "person";
  // written only after "a" or "an" ("named a World Heritage Site", "a Nobel Prize"): a kind of thing, no one place
  // or person to set beside others
  if (ev.a === ev.mentions) return "name";
  if (PLACE_HEADS.has(last) && words.length > 1) return "place";
  if (ev.person >= 2) return "person";
  const lex = nameKind(words.join(" "));
  if (lex === "person" && ev.the === 0) return "person";
  if (lex === "place") return "place";
  if (lex === "org") return "org";
  if (ev.place >= 1 && words.length <= 2) return "place";
  if (words.length >= 2 && words.length <= 3 && ev.the === 0 && words.every((w) => /^[A-Z][a-z]+$/.test(w)) && lex === null && ev.place === 0)
    return "name";
  return "name";
}

function isQuoteStart(toks: Tok[], i: number): boolean {
  return i > 0 && /^["“‘']$/.test(toks[i - 1].text);
}
