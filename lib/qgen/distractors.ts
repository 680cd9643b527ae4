/**
 * Wrong options of the same kind as the answer: from the article first (never ones in the evidence
 * sentence, which could be true), then perturbations (numbers, days) and the built-in gazetteer.
 */
import type { Ctx } from "./context";
import { CITIES, COUNTRIES, FIRST_NAMES, MONTHS, ORGS, PEOPLE, SURNAMES, WEEKDAYS } from "./lexicon";
import { NUMERIC_KINDS, type Slot } from "./slots";
import { perturb, phraseValue } from "./numbers";
import { shuffled } from "./rng";

export function norm(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Values of every number of the same kind and unit in the article. */
const valueCache = new WeakMap<Ctx, { byUnit: Map<string, number[]>; all: Set<number> }>();
function values(ctx: Ctx) {
  let v = valueCache.get(ctx);
  if (!v) {
    v = { byUnit: new Map(), all: new Set() };
    for (const list of ctx.slots)
      for (const s of list) {
        if (s.value === undefined) continue;
        v.all.add(s.value);
        const key = `${s.kind}|${s.unit}`;
        const arr = v.byUnit.get(key) ?? [];
        if (!arr.includes(s.value)) arr.push(s.value);
        v.byUnit.set(key, arr);
      }
    valueCache.set(ctx, v);
  }
  return v;
}
function articleValues(ctx: Ctx, slot: Slot): number[] {
  return values(ctx).byUnit.get(`${slot.kind}|${slot.unit}`) ?? [];
}
function allValues(ctx: Ctx): Set<number> {
  return values(ctx).all;
}

/**
 * Up to `n` distractors for a slot, in the answer's own format. `answer` is the text the question shows
 * as correct (for names, possibly the short form).
 */
export function distractorsFor(ctx: Ctx, slot: Slot, answer: string, n: number): string[] {
  const sentence = ctx.sentences[slot.sentence];
  const inSentence = (x: string) => sentence.text.toLowerCase().includes(x.toLowerCase());
  const answerNorm = norm(answer);
  const out: string[] = [];
  const push = (x: string) => {
    const k = norm(x);
    if (out.length >= n || k === answerNorm || k.length === 0) return;
    if (out.some((o) => norm(o) === k)) return;
    // no partial overlap with the answer: "Volodymyr Zelensky" vs "Zelensky", "27 states" vs "27"
    if (k.split(" ").some((w) => w.length > 2 && answerNorm.split(" ").includes(w)) && !NUMERIC_KINDS.has(slot.kind)) return;
    out.push(x);
  };
  const salt = `${slot.start}:${answer}`;

  if (NUMERIC_KINDS.has(slot.kind) && slot.value !== undefined) {
    const numberText = numberPart(slot.text);
    const avoid = new Set<number>();
    // values stated in the evidence sentence are never offered as wrong options
    for (const s of ctx.slots[slot.sentence]) if (s.value !== undefined) avoid.add(s.value);
    if (slot.kind === "year") {
      for (const v of shuffled([-12, -7, -3, 4, 9, 15, -20, 25], ctx.seed, salt)) {
        const y = slot.value + v;
        if (!avoid.has(y) && !allValues(ctx).has(y)) push(String(y));
      }
      return out;
    }
    const others = perturb(slot.value, numberText, shuffled(articleValues(ctx, slot), ctx.seed, salt), n + 3, avoid);
    for (const o of others) push(answer.replace(numberText, o));
    return out;
  }
  switch (slot.kind) {
    case "weekday":
    case "month": {
      const list = slot.kind === "weekday" ? WEEKDAYS : MONTHS;
      const i = list.indexOf(slot.text);
      // neighbours first: Tuesday → Monday, Wednesday, Thursday; never one named in the evidence
      const order = [1, -1, 2, -2, 3, -3].map((d) => list[(i + d + list.length * 2) % list.length]);
      for (const d of order) if (!inSentence(d)) push(d);
      return out;
    }
    case "date": {
      const m = /(\d{1,2})/.exec(answer);
      if (m) for (const d of [3, -4, 7, -9, 11]) {
        const day = Number(m[1]) + d;
        if (day >= 1 && day <= 28) push(answer.replace(m[1], String(day)));
      }
      return out;
    }
    case "person":
    case "place":
    case "country":
    case "org":
    case "group": {
      const short = slot.entity ? answer.split(" ").length === 1 : false;
      const fromArticle: string[] = [];
      for (const e of ctx.gaz.entities) {
        if (e.kind !== slot.kind || e === slot.entity) continue;
        if (e.mentions.some((m) => m.sentence === slot.sentence)) continue;
        fromArticle.push(short && e.kind === "person" ? e.short : (e.article ? "the " : "") + e.full);
      }
      if (slot.kind === "group") {
        for (const list of ctx.slots) for (const s of list) if (s.kind === "group" && !inSentence(s.text)) fromArticle.push(s.text);
      }
      for (const x of shuffled(fromArticle, ctx.seed, salt)) if (!inSentence(x)) push(matchCase(x, answer));
      const fallback =
        slot.kind === "person" ? peopleFallback(ctx, short)
        : slot.kind === "country" ? COUNTRIES.filter((c) => c.length > 3)
        : slot.kind === "place" ? CITIES
        : slot.kind === "org" ? ORGS
        : [];
      for (const x of shuffled(fallback, ctx.seed, salt)) if (!ctx.lowerBody.includes(x.toLowerCase().replace(/^the /, ""))) push(matchCase(x, answer));
      return out;
    }
    default:
      return out;
  }
}

function peopleFallback(ctx: Ctx, short: boolean): string[] {
  // Public figures suit news about them; invented local names suit local stories. Guess from the article's people.
  const news = ctx.gaz.entities.some((e) => e.kind === "person" && e.mentions.some((m) => m.titled && /president|minister|chancellor/i.test(ctx.body.slice(m.start - 20, m.start))));
  if (news) return PEOPLE.map((p) => (short ? p.split(" ").slice(-1)[0] : p));
  const made = FIRST_NAMES.map((f, i) => `${f} ${SURNAMES[(i * 3) % SURNAMES.length]}`);
  return made.map((p) => (short ? p.split(" ")[1] : p));
}

function matchCase(x: string, answer: string): string {
  if (/^the /.test(x) && /^[A-Z]/.test(answer)) return "T" + x.slice(1);
  if (/^The /.test(x) && /^[a-z]/.test(answer)) return "t" + x.slice(1);
  return x;
}

/** The number inside an answer text ("$90 billion" → "90 billion", "about 40 minutes" → "40"). */
export function numberPart(text: string): string {
  const m = /(\d[\d,]*(?:\.\d+)?(?:\s(?:hundred|thousand|million|billion|trillion))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?(?:\s(?:hundred|thousand|million|billion))?)/i.exec(text);
  return m ? m[1] : text;
}

export function valueOf(text: string): number | null {
  return phraseValue(numberPart(text).replace(/,/g, "").split(/\s+/));
}
