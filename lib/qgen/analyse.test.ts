import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticleMarkdown } from "../content/parse";
import { splitParagraphs } from "../content/normalize";
import { analyse } from "./analyse";

const dir = path.resolve(import.meta.dirname, "../../content/articles");
const bodies = readdirSync(dir)
  .filter((f) => f.endsWith(".md"))
  .map((f) => parseArticleMarkdown(readFileSync(path.join(dir, f), "utf8")).body);
// paragraphs without a full stop, a quotation and a one-word paragraph
const ragged = "A short heading without a stop\n\nThe mill opened in 1820 and ran until 1931. It was rebuilt\n\n“Quoted line,” she said\n\nEnd";

/** analyse of each paragraph alone, moved to the paragraph's place in the body. */
function byParagraph(body: string) {
  const out: Array<{ paragraph: number; start: number; end: number; text: string; toks: string[] }> = [];
  for (const p of splitParagraphs(body))
    for (const s of analyse(p.text).sentences)
      out.push({ paragraph: p.index, start: p.start + s.start, end: p.start + s.end, text: s.text, toks: s.toks.map((t) => `${t.text}/${t.pos}@${p.start + t.start}`) });
  return out;
}

describe("analyse", () => {
  it("reads the whole body as it would read each paragraph alone: the same sentences, tokens, tags and offsets", () => {
    for (const body of [...bodies, ragged]) {
      const whole = analyse(body).sentences.map((s) => ({ paragraph: s.paragraph, start: s.start, end: s.end, text: s.text, toks: s.toks.map((t) => `${t.text}/${t.pos}@${t.start}`) }));
      expect(whole).toEqual(byParagraph(body));
    }
  });

  it("ends a sentence at every paragraph break and numbers sentences in order", () => {
    const a = analyse(ragged);
    expect(a.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, "A short heading without a stop"],
      [1, "The mill opened in 1820 and ran until 1931."],
      [1, "It was rebuilt"],
      [2, "“Quoted line,” she said"],
      [3, "End"],
    ]);
    expect(a.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    for (const s of a.sentences) expect(ragged.slice(s.start, s.end)).toBe(s.text);
  });

  it("ends a sentence after \"in.\" or \"no.\" that wink-nlp reads as an abbreviation, but not after a number", () => {
    const body = "She said that 40 families had joined in. Pryce said that 25 farms had given land. The board is 12 in. Wide boards cost more.";
    const a = analyse(body);
    expect(a.sentences.map((s) => s.text)).toEqual([
      "She said that 40 families had joined in.",
      "Pryce said that 25 farms had given land.",
      "The board is 12 in. Wide boards cost more.",
    ]);
    const first = a.sentences[0].toks;
    expect(first.slice(-2).map((t) => [t.text, t.pos, body.slice(t.start, t.end)])).toEqual([["in", "ADP", "in"], [".", "PUNCT", "."]]);
    expect(a.sentences[1].toks.map((t) => t.i)).toEqual(a.sentences[1].toks.map((_, i) => i));
    expect(a.sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    for (const s of a.sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it("ends a sentence after \"a.m.\" or \"p.m.\" before a name, and keeps a title it does not know with its name", () => {
    const body = "The fair runs from 10 a.m. to 2 p.m. Children's author Lily Marsh will read. It opens at 9 a.m. Monday to Friday. Cllr. David Pryce defended the plan.";
    expect(analyse(body).sentences.map((s) => s.text)).toEqual([
      "The fair runs from 10 a.m. to 2 p.m.",
      "Children's author Lily Marsh will read.",
      "It opens at 9 a.m. Monday to Friday.",
      "Cllr. David Pryce defended the plan.",
    ]);
    expect(analyse(body).sentences[3].toks.map((t) => t.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("keeps direct speech whole: a quotation over several sentences, and a speech tag with its quotation", () => {
    const body = "“Are you coming?” asked Maya. Theo shook his head. \"Not today. Grandpa needs help.\" He went out.\n\n“Wait,” she said. “I am coming too!” cried Theo.";
    const a = analyse(body);
    expect(a.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, "“Are you coming?” asked Maya."],
      [0, "Theo shook his head."],
      [0, "\"Not today. Grandpa needs help.\""],
      [0, "He went out."],
      [1, "“Wait,” she said."],
      [1, "“I am coming too!” cried Theo."],
    ]);
    expect(a.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const s of a.sentences) {
      expect(body.slice(s.start, s.end)).toBe(s.text);
      expect(s.toks.map((t) => t.i)).toEqual(s.toks.map((_, i) => i));
      expect(s.toks.map((t) => body.slice(t.start, t.end))).toEqual(s.toks.map((t) => t.text));
    }
  });

  it("leaves sentences apart when a quotation mark is never closed nearby (an inch mark), and never joins across paragraphs", () => {
    const body = "The shelf is 12\" wide. It holds books. It was made in 1990.\n\n\"Open quote runs on.\n\nAcross the break.\"";
    expect(analyse(body).sentences.map((s) => s.text)).toEqual([
      "The shelf is 12\" wide.",
      "It holds books.",
      "It was made in 1990.",
      "\"Open quote runs on.",
      "Across the break.\"",
    ]);
  });

  it("takes list numbers, bullets and an interview's Q: and A: off the items they start, and keeps no sentence of a marker alone", () => {
    const body = "House rules. 1. Members must pay £15 a year. 2) Meetings are on Tuesdays. 3. - Bring your own mug. - No dogs except guide dogs.\n\n- Doors open at 7 pm.\n\nQ: Why octopuses? A: They learn fast.";
    const a = analyse(body);
    expect(a.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, "House rules."],
      [0, "Members must pay £15 a year."],
      [0, "Meetings are on Tuesdays."],
      [0, "Bring your own mug."],
      [0, "No dogs except guide dogs."],
      [1, "Doors open at 7 pm."],
      [2, "Why octopuses?"],
      [2, "They learn fast."],
    ]);
    expect(a.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const s of a.sentences) {
      expect(body.slice(s.start, s.end)).toBe(s.text);
      expect(s.toks.map((t) => t.i)).toEqual(s.toks.map((_, i) => i));
    }
    // a number that starts a sentence is no list marker
    expect(analyse("In 1990 the mill closed. 12 people lost their jobs.").sentences.map((s) => s.text)).toEqual(["In 1990 the mill closed.", "12 people lost their jobs."]);
  });

  it("reads on past an abbreviation that does not end the sentence (\"approx.\", \"et al.\" before a bracket)", () => {
    const body = "Later studies by Riley et al. (2005) used radar. Approx. 20% of recruits failed. The list went on, etc. The end came, cf. the report.";
    expect(analyse(body).sentences.map((s) => s.text)).toEqual([
      "Later studies by Riley et al. (2005) used radar.",
      "Approx. 20% of recruits failed.",
      "The list went on, etc.",
      "The end came, cf. the report.",
    ]);
  });
});
