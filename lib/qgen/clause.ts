/**
 * Clauses: subject, verb group and predicate found from wink-nlp's parts of speech. Enough structure to
 * ask "Who …?" about a subject and "When did … ?" about a predicate, and to know when not to try.
 */
import type { Sentence, Tok } from "./analyse";

export interface Clause {
  sentence: Sentence;
  /** token ranges [a, b) in the sentence */
  a: number;
  b: number;
  /** leading adverbial moved to the end of a question ("Following Monday's White House session") */
  pre: [number, number] | null;
  subj: [number, number];
  verb: [number, number];
  /** the main verb token index (last in the verb group) */
  head: number;
  /** the auxiliary that inverts, or -1 when do-support is needed */
  aux: number;
  pred: [number, number];
  /** "X said that …": the attribution subject range */
  attribution: [number, number] | null;
  /** the clause is inside quotation marks */
  quoted: boolean;
}

const SUBORDINATORS = new Set(["while", "although", "though", "because", "after", "before", "when", "if", "since", "whereas", "as", "once", "until", "unless"]);
const SPEECH = new Set(["said", "says", "reported", "indicated", "announced", "believes", "believe", "claimed", "told", "added", "warned", "stated", "explained", "suggested", "confirmed", "estimated", "found", "discovered", "noted", "argued", "insisted", "thinks", "think"]);
const CONNECTIVES = new Set(["however", "meanwhile", "but", "and", "yet", "still", "also", "instead", "so", "then", "now", "later", "indeed", "moreover", "furthermore"]);
const SUBJECT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "CCONJ", "SYM", "X"]);
const NP_PREPS = new Set(["of", "under", "from", "in", "at", "on", "for", "with"]);
const CUT_AFTER_COMMA = new Set(["which", "who", "where", "with", "while", "though", "although", "but", "including", "as", "after", "before", "whose", "when", "because", "so", "and", "or"]);

/** Split a sentence into clause segments and parse each. */
export function findClauses(s: Sentence): Clause[] {
  const toks = s.toks;
  // Quotation state per token.
  const quoted: boolean[] = [];
  let q = false;
  for (const t of toks) {
    if (/^["“”]$/.test(t.text)) {
      q = t.text === "“" ? true : t.text === "”" ? false : !q;
      quoted.push(true);
      continue;
    }
    quoted.push(q);
  }
  // Segment boundaries.
  const segs: Array<{ a: number; b: number; attribution: [number, number] | null }> = [];
  let a = 0;
  let attribution: [number, number] | null = null;
  const extra: Array<{ a: number; b: number; attribution: [number, number] | null }> = [];
  const push = (b: number, next: [number, number] | null) => {
    if (b > a) segs.push({ a, b, attribution });
    attribution = next;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.text === ";" || t.text === "—" || t.text === ":") {
      push(i, null);
      a = i + 1;
    } else if (i > 0 && quoted[i] !== quoted[i - 1]) {
      push(i, null);
      a = i;
    } else if (t.lower === "that" && t.pos === "SCONJ" && i > a + 1 && SPEECH.has(toks[i - 1].lower)) {
      // the complement is its own clause, attributed to the speaker; the main clause keeps running
      let e = i + 1;
      while (e < toks.length && !/^[;:—]$/.test(toks[e].text) && !(toks[e].text === "," && SUBORDINATORS.has(toks[e + 1]?.lower ?? ""))) e++;
      extra.push({ a: i + 1, b: e, attribution: [a, i - 1] });
    } else if (SUBORDINATORS.has(t.lower) && (t.pos === "SCONJ" || t.pos === "ADP") && i > a + 2 && (toks[i - 1].text === "," || hasFiniteVerbSoon(toks, i + 1))) {
      push(i, null);
      a = i + 1;
    }
  }
  push(toks.length, null);
  segs.push(...extra);
  const clauses: Clause[] = [];
  for (const seg of segs) {
    const c = parseSegment(s, seg.a, seg.b, seg.attribution, quoted);
    if (c) clauses.push(c);
  }
  return clauses;
}

/** A subordinator followed by a clause ("after Trump and Zelensky met"), not a phrase ("after a cease-fire"). */
function hasFiniteVerbSoon(toks: Tok[], i: number): boolean {
  for (let k = i; k < Math.min(toks.length, i + 10); k++) {
    if (toks[k].pos === "PUNCT") return false;
    if (k > i && (toks[k].pos === "AUX" || (toks[k].pos === "VERB" && !/ing$/.test(toks[k].lower) && toks[k - 1].lower !== "to" && toks[k - 1].pos !== "DET"))) return true;
  }
  return false;
}

function parseSegment(s: Sentence, a0: number, b0: number, attribution: [number, number] | null, quoted: boolean[]): Clause | null {
  const toks = s.toks;
  let a = a0;
  let b = b0;
  while (b > a && (toks[b - 1].pos === "PUNCT" || toks[b - 1].text === ",")) b--;
  if (b - a < 3) return null;
  const isQuoted = quoted.slice(a, b).some((x) => x);
  // Leading subordinator that opens the sentence: "Although X did Y, …" — the clause is X did Y (up to the comma).
  if (SUBORDINATORS.has(toks[a].lower) && (toks[a].pos === "SCONJ" || toks[a].pos === "ADP")) {
    const comma = toks.findIndex((t, k) => k > a && k < b && t.text === ",");
    if (comma < 0) return null;
    a = a + 1;
    b = comma;
  }
  // Connectives: "However, …", "Meanwhile, …"
  while (a < b && CONNECTIVES.has(toks[a].lower)) {
    a++;
    if (toks[a]?.text === ",") a++;
  }
  // Leading adverbial ending in a comma: "Following Monday's White House session, …", "On Tuesday, …"
  let pre: [number, number] | null = null;
  if (toks[a] && (toks[a].pos === "ADP" || toks[a].pos === "VERB" || toks[a].pos === "ADV" || /^(over|for|in|on|at|during|by|after|before)$/i.test(toks[a].text))) {
    const comma = toks.findIndex((t, k) => k > a && k < b && t.text === ",");
    if (comma > a && comma - a <= 12 && !toks.slice(a, comma).some((t) => t.pos === "AUX")) {
      pre = [a, comma];
      a = comma + 1;
    }
  }
  // Subject then verb group.
  let v = -1;
  let commas = 0;
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t.text === ",") {
      // ", meanwhile," — a parenthetical adverb inside the subject/verb gap
      if (toks[i + 1]?.pos === "ADV" && toks[i + 2]?.text === ",") {
        i += 2;
        continue;
      }
      commas++;
      if (commas > 3) return null;
      continue;
    }
    if (t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.lower) && toks[i - 1]?.lower !== "to" && i > a)) {
      if (t.pos === "VERB" && (toks[i - 1]?.lower === "of" || toks[i - 1]?.pos === "DET")) continue;
      v = i;
      break;
    }
    if (t.pos === "ADV" && i > a) continue;
    if (t.pos === "PRON" && i === a) continue;
    if (t.pos === "PRON" && /^(his|her|their|its|our|my|your)$/.test(t.lower)) continue;
    if (t.pos === "VERB" && /ing$/.test(t.lower) && toks[i - 1]?.lower === "of") continue;
    if (t.pos === "ADP" && NP_PREPS.has(t.lower) && i > a) continue;
    if (i === a && /^(at|more|fewer|less|about|around|nearly|almost|over|some|roughly)$/.test(t.lower)) continue;
    if (i === a + 1 && /^(least|than)$/.test(t.lower)) continue;
    if (!SUBJECT_POS.has(t.pos) && t.text !== "-") return null;
  }
  if (v <= a) return null;
  // subject ends before any ADV directly before the verb ("separately convened") and before ", meanwhile,"
  let subjEnd = v;
  while (subjEnd > a && (toks[subjEnd - 1].pos === "ADV" || toks[subjEnd - 1].text === ",")) {
    if (toks[subjEnd - 1].text === ",") {
      subjEnd--;
      continue;
    }
    subjEnd--;
  }
  if (subjEnd <= a) return null;
  if (toks.slice(a, subjEnd).some((t) => t.text === "," ) && !toks.slice(a, subjEnd).some((t) => t.lower === "and" || t.lower === "or")) return null;
  // verb group: AUX* (not) ADV? VERB?
  let h = v;
  let aux = -1;
  if (toks[v].pos === "AUX") {
    aux = v;
    let k = v + 1;
    while (k < b && (toks[k].pos === "AUX" || toks[k].lower === "not" || toks[k].lower === "n't" || (toks[k].pos === "ADV" && (toks[k + 1]?.pos === "VERB" || toks[k + 1]?.pos === "AUX")))) k++;
    if (k < b && toks[k].pos === "VERB") h = k;
    else h = k - 1;
    while (h > v && toks[h].pos === "ADV") h--;
  }
  // predicate: up to a comma that starts a participle or a subordinate phrase
  let pe = b;
  for (let i = h + 1; i < b; i++) {
    if (/^(what|which|who|whom|where)$/.test(toks[i].lower) && i > h + 1) {
      pe = toks[i - 1].pos === "ADP" ? i - 1 : i;
      break;
    }
    // a second verb phrase ("replaced … beams and rebuilt the gates") is not part of this predicate
    if (toks[i].pos === "CCONJ" && i > h + 1 && (toks[i + 1]?.pos === "VERB" || toks[i + 1]?.pos === "AUX")) {
      pe = toks[i - 1].text === "," ? i - 1 : i;
      break;
    }
    if (SUBORDINATORS.has(toks[i].lower) && hasFiniteVerbSoon(toks, i + 1)) {
      pe = i;
      break;
    }
    if (toks[i].text !== ",") continue;
    const n = toks[i + 1];
    if (!n) break;
    if (CUT_AFTER_COMMA.has(n.lower) || ((n.pos === "VERB" || n.pos === "ADJ") && /(ing|ed)$/.test(n.lower)) || n.pos === "SCONJ") {
      pe = i;
      break;
    }
  }
  // subject must not be a bare pronoun and must have a noun
  const subjToks = toks.slice(a, subjEnd);
  if (!subjToks.some((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM" || t.pos === "PRON")) return null;
  return {
    sentence: s,
    a,
    b: pe,
    pre,
    subj: [a, subjEnd],
    verb: [v, h + 1],
    head: h,
    aux,
    pred: [h + 1, pe],
    attribution,
    quoted: isQuoted,
  };
}

/** Original text of a token range, exactly as in the body. */
export function spanText(body: string, toks: Tok[], a: number, b: number): string {
  if (b <= a) return "";
  return body.slice(toks[a].start, toks[b - 1].end);
}
