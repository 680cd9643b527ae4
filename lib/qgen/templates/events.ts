/**
 * Dated events: sentences that say when something happened ("In January 1831, Galois attempted to start a private
 * class"). Questions ask the time of one event against the others ("Which of these happened in 1831?") and their
 * order ("Which of these happened first?"), with the time taken out of every option, so the reader must have
 * followed the article's chronology rather than match words.
 */
import type { Candidate, Ctx } from "../context";
import { MONTHS } from "../lexicon";
import { shuffled } from "../rng";
import { wordCount } from "../text";
import { candidate, evidenceOf, explain } from "./common";
import { statementOf } from "./statements";
import { withName } from "../model/refs";

interface Dated {
  sentence: number;
  /** the statement without its time phrase */
  text: string;
  /** the time as written ("January 1831", "1830") */
  when: string;
  year: number;
  /** year, month and day as one sortable number (month and day 0 when not given) */
  order: number;
}

const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;
const MONTH_SET = new Set(MONTHS.map((m) => m.toLowerCase()));
const TIME_PREPS = new Set(["in", "on", "around", "during"]);

function datedEvents(ctx: Ctx): Dated[] {
  const out: Dated[] = [];
  for (const s of ctx.sentences) {
    if (ctx.skip[s.index] || /["“”]/.test(s.text)) continue;
    const st = statementOf(ctx, s.index, 32);
    if (!st) continue;
    const toks = s.toks.filter((t) => t.start >= st.start && t.end <= st.end);
    const years = toks.filter((t) => YEAR.test(t.text));
    if (years.length !== 1) continue;
    const y = years[0];
    let a = toks.indexOf(y);
    // "17 January 1831", "January 1831", "4 July 1831"
    while (a > 0 && (MONTH_SET.has(toks[a - 1].lower) || /^\d{1,2}$/.test(toks[a - 1].text) || toks[a - 1].lower === "of")) a--;
    if (a === 0 || !TIME_PREPS.has(toks[a - 1].lower)) continue;
    const from = a - 1;
    const when = ctx.body.slice(toks[a].start, y.end);
    // the phrase leaves with its comma ("In 1830, Galois …") or the space before it ("… in 1830.")
    const startsText = from === 0;
    const cutStart = toks[from].start;
    let cutEnd = y.end;
    if (toks[toks.indexOf(y) + 1]?.text === ",") cutEnd = toks[toks.indexOf(y) + 1].end;
    const raw = ctx.body.slice(st.start, st.end);
    let text = (raw.slice(0, cutStart - st.start) + raw.slice(cutEnd - st.start)).replace(/\s+([,.;:])/g, "$1").replace(/\s{2,}/g, " ").trim();
    if (startsText) text = text.charAt(0).toUpperCase() + text.slice(1);
    if (st.who) text = withName(text, st.who);
    if (!/[.!?]$/.test(text)) text += ".";
    if (/^(He|She|They|It|His|Her|This)\b/.test(text) || wordCount(text) < 5 || wordCount(text) > 26) continue;
    const month = toks.slice(a, toks.indexOf(y)).find((t) => MONTH_SET.has(t.lower));
    const day = toks.slice(a, toks.indexOf(y)).find((t) => /^\d{1,2}$/.test(t.text));
    const order = Number(y.text) * 10000 + (month ? MONTHS.findIndex((m) => m.toLowerCase() === month.lower) + 1 : 0) * 100 + (day ? Number(day.text) : 0);
    out.push({ sentence: s.index, text, when, year: Number(y.text), order });
  }
  return out;
}

export function eventCandidates(ctx: Ctx): Candidate[] {
  const events = datedEvents(ctx);
  // (times are told apart as written: "January 1831" and "4 July 1831" are two; "1831" beside either is neither)
  const clash = (x: Dated, y: Dated) => x.year === y.year && (x.order % 10000 === 0 || y.order % 10000 === 0 || x.order === y.order);
  const times = new Set(events.map((e) => e.order));
  if (times.size < 4) return [];
  const out: Candidate[] = [];
  for (const e of events) {
    const others = shuffled(events.filter((x) => !clash(x, e) && x.text !== e.text), ctx.seed, e.text);
    const picks: Dated[] = [];
    for (const o of others) if (!picks.some((p) => clash(p, o))) picks.push(o);
    if (picks.length < 3) continue;
    const wrong = picks.slice(0, 3);
    const evidence = evidenceOf(ctx, e.sentence);
    const prompt = `According to the article, which of these happened in ${e.when}?`;
    out.push(
      candidate(
        "multiple_choice",
        { prompt, choices: shuffled([e.text, ...wrong.map((w) => w.text)], ctx.seed, prompt), answer: e.text, evidence, explanation: explain(evidence), difficulty: 2 },
        { fact: `event:${e.sentence}`, sentences: [e.sentence], score: 0.62 + 0.2 * ctx.centrality[e.sentence], kind: "event", template: "event-when", features: { event: 1, fromArticle: 1 } },
      ),
    );
  }
  // which came first: four events of four different years, spread over the article
  const spread = [...events].sort((x, y) => x.sentence - y.sentence);
  for (let round = 0; round < 2; round++) {
    const chosen: Dated[] = [];
    for (let k = round; k < spread.length && chosen.length < 4; k += 2) if (!chosen.some((c) => c.year === spread[k].year)) chosen.push(spread[k]);
    if (chosen.length < 4) break;
    const first = chosen.reduce((m, x) => (x.order < m.order ? x : m));
    const evidence = evidenceOf(ctx, first.sentence);
    out.push(
      candidate(
        "multiple_choice",
        {
          prompt: round === 0 ? "According to the article, which of these happened first?" : "According to the article, which of these happened earliest?",
          choices: shuffled(chosen.map((c) => c.text), ctx.seed, `first${round}`),
          answer: first.text,
          evidence,
          explanation: explain(evidence, `This happened in ${first.when}; the others later (${chosen.filter((c) => c !== first).map((c) => c.when).join(", ")}).`),
          difficulty: 3,
        },
        { fact: `sequence:${round}`, sentences: chosen.map((c) => c.sentence), score: 0.66, kind: "sequence", template: "sequence-first", features: { event: 1, sequence: 1, fromArticle: 1 } },
      ),
    );
  }
  return out;
}
