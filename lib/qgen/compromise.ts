/**
 * compromise, used only on short strings (a name, a verb) and cached: parsing whole sentences with it
 * costs milliseconds each, while wink-nlp has already given us sentences and parts of speech.
 */
import nlp from "compromise";

// Process-wide caches of what compromise's lexicon says about one word or name: constant data, shared by every
// article, and bounded so a server that generates for years never grows them without end.
const CACHE_LIMIT = 20_000;
const nameCache = new Map<string, "person" | "place" | "org" | null>();
const verbCache = new Map<string, VerbForms | null>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export interface VerbForms {
  infinitive: string;
  past: string;
  present3: string;
  tense: "past" | "present";
}

/** What compromise's lexicon thinks a capitalised name is (first names, known places, organisation words). */
export function nameKind(name: string): "person" | "place" | "org" | null {
  const hit = nameCache.get(name);
  if (hit !== undefined) return hit;
  const doc = nlp(name);
  let kind: "person" | "place" | "org" | null = null;
  if (doc.people().found) kind = "person";
  else if (doc.places().found) kind = "place";
  else if (doc.organizations().found) kind = "org";
  return remember(nameCache, name, kind);
}

/** What compromise's tags say about one word, worked out once per word (bounded like the other caches). */
function tagTest(test: (doc: ReturnType<typeof nlp>) => boolean): (word: string) => boolean {
  const cache = new Map<string, boolean>();
  return (word) => {
    const hit = cache.get(word);
    return hit !== undefined ? hit : remember(cache, word, test(nlp(word)));
  };
}

/** compromise's lexicon reads the capitalised word as a common plural noun ("Doctors", "Schools"), not a name. */
export const commonPlural = tagTest((doc) => doc.has("#Plural") && !doc.has("#ProperNoun"));

/** compromise's lexicon knows the word as a surname ("Einstein", "Lincoln"), not as a first name. */
export const knownSurname = tagTest((doc) => doc.has("#LastName") && !doc.has("#FirstName"));

/** Forms of a finite verb seen in a sentence ("met" → meet / met / meets, past). */
export function verbForms(word: string): VerbForms | null {
  const key = word.toLowerCase();
  const hit = verbCache.get(key);
  if (hit !== undefined) return hit;
  let forms: VerbForms | null = null;
  // A pronoun subject makes compromise read the word as a finite verb ("they left", not the adjective "left").
  const doc = nlp(`they ${key}`);
  const verbs = doc.verbs();
  if (verbs.found) {
    const infinitive = lastWord(nlp(`they ${key}`).verbs().toInfinitive().text());
    const past = lastWord(nlp(`they ${key}`).verbs().toPastTense().text());
    const present3 = lastWord(nlp(`it ${infinitive}`).verbs().toPresentTense().text());
    const tense = doc.has("#PastTense") || (past === key && infinitive !== key) ? "past" : "present";
    if (infinitive && past && present3) forms = { infinitive, past, present3, tense };
  }
  return remember(verbCache, key, forms);
}

function lastWord(text: string): string {
  const parts = text.trim().split(/\s+/);
  return parts[parts.length - 1] ?? "";
}

const participleCache = new Map<string, string | null>();

/** The simple past of an -ing form ("reiterating" → "reiterated"), or null. */
export function pastOfIngForm(word: string): string | null {
  const key = word.toLowerCase();
  const hit = participleCache.get(key);
  if (hit !== undefined) return hit;
  let past: string | null = null;
  if (/ing$/.test(key)) {
    const inf = lastWord(nlp(`they were ${key}`).verbs().toInfinitive().text());
    if (inf && inf !== key) past = verbForms(inf)?.past ?? null;
  }
  return remember(participleCache, key, past);
}
