/**
 * Questions on prose beyond the content articles: the texts in lib/qgen/fixtures (a story, a match report, an
 * interview, an opinion piece, encyclopedia and history writing, …) and short texts made for one defect each.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeBody } from "../content/normalize";
import { generateQuestionSet, validateQuestion } from "./index";
import { FIRST_NAMES } from "./lexicon";

const fixture = (name: string) => normalizeBody(readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8"));

describe("every text in lib/qgen/fixtures (property)", () => {
  for (const f of readdirSync(path.resolve(import.meta.dirname, "fixtures")).filter((x) => x.endsWith(".txt")).sort()) {
    it(`${f}: every question of every seed passes every rule, and its evidence is the text at its offsets`, () => {
      const body = fixture(f);
      for (const seed of [1, 2, 3]) {
        const o = generateQuestionSet({ title: f, body }, { seed });
        expect(o.questions.length).toBeGreaterThanOrEqual(3);
        for (const q of [...o.questions, ...o.pool]) {
          expect(validateQuestion(q, body), q.prompt).toEqual([]);
          expect(body.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
        }
        // the headline is read but never asked about
        const headline = body.split("\n")[0];
        if (!/[.!?]$/.test(headline)) for (const q of [...o.questions, ...o.pool]) expect(q.evidence.text).not.toBe(headline);
      }
    });
  }
});

describe("genres and their pitfalls", () => {
  it("on a story with dialogue: whole speech, characters set beside characters, no place taken for a person", () => {
    const body = fixture("story_heron.txt");
    const all = [1, 2, 3].flatMap((seed) => {
      const o = generateQuestionSet({ title: "The Heron at Miller's Ford", body }, { seed });
      return [...o.questions, ...o.pool];
    });
    const characters = ["Maya", "Theo", "Grandpa", "Mum"];
    for (const q of all) {
      // no statement from a speech tag alone ("Asked Maya, pulling on her boots.") or from half a quotation
      expect(q.evidence.text, q.prompt).toMatch(/^[^a-z]/);
      expect((q.evidence.text.match(/"/g) ?? []).length % 2, q.evidence.text).toBe(0);
      // "Miller's Ford" is a place: Miller is nobody in the story
      for (const c of q.choices ?? []) expect(c).not.toBe("Miller");
      // a participle is not part of a noun phrase ("a heron standing perfectly still")
      expect(String(q.answer)).not.toMatch(/\bstanding$/);
      // nothing is asked from inside what someone believed ("How long did Theo not believe …?")
      expect(q.prompt).not.toMatch(/^(How|When|Where|What)\b.*\b(believe|think|say)\b.*\bthat\b/);
    }
    // who-questions on the children offer the story's people, by first name, and first names from the lists
    const who = all.filter((q) => (q.type === "multiple_choice" || q.type === "short_answer") && characters.includes(String(q.answer)));
    expect(who.length).toBeGreaterThanOrEqual(1);
    for (const q of who) for (const c of q.choices ?? []) expect([...characters, ...FIRST_NAMES], q.prompt).toContain(c);
  });


  it("on a match report: a team is no person, and a number word that starts the sentence is cased alike in every option", () => {
    const body = fixture("report_football.txt");
    const all = [1, 2, 3].flatMap((seed) => {
      const o = generateQuestionSet({ title: "Cup final", body }, { seed });
      return [...o.questions, ...o.pool];
    });
    const people = ["Jordan Pike", "Sam Okoro", "Leah Fenwick", "Ravi Mehta", "Claire Dobson", "Tony Marsh"];
    const who = all.filter((q) => people.some((x) => `${q.prompt} ${JSON.stringify(q.answer)} ${(q.choices ?? []).join(" ")}`.includes(x)));
    expect(who.length).toBeGreaterThan(0);
    // ("…," said United manager Claire Dobson: United is the team) no team among people offered
    for (const q of who) if ((q.choices ?? []).some((c) => people.includes(c))) for (const c of q.choices!) expect(c, q.prompt).not.toMatch(/United|Town|Rovers/);
    // a club is asked about as a club
    for (const q of all) expect(q.prompt).not.toMatch(/^Which organisation\b/);
    // an explanation quotes the detail as it reads inside its own sentence
    for (const q of all) expect(q.explanation).not.toMatch(/gives (?:[A-Z][a-z]+ minutes|[A-Z][a-z]+), not [A-Z][a-z]+ minutes/);
  });

  it("asks nothing about a list's numbers or bullets", () => {
    const body = normalizeBody(`# Club rules\n\n1. Members must pay £15 a year.\n2. Meetings are held on the first Tuesday of every month at 7 pm in the village hall.\n3. - Bring your own mug.\n   - No dogs except guide dogs.\n\nThe club was founded in 2004 by Anita Rao and Peter Walsh. It now has 83 members, up from 12 in its first year. In 2019 the club raised £2,400 for the local hospice by holding a sponsored walk along the coast path.`);
    const all = [1, 2, 3].flatMap((seed) => {
      const o = generateQuestionSet({ title: "Club rules", body }, { seed });
      return [...o.questions, ...o.pool];
    });
    expect(all.length).toBeGreaterThan(5);
    for (const q of all) {
      expect(q.evidence.text, q.prompt).not.toMatch(/^(\d+[.)]|[-*•])(\s|$)/);
      for (const c of q.choices ?? []) expect(c, q.prompt).not.toMatch(/^(\d+[.)]|[-*•])(\s|$)|\s-\s[A-Z]/);
      expect(validateQuestion(q, body)).toEqual([]);
    }
  });

  it("on an opinion piece: a plural noun that starts its sentence is no name in a question, and made-up people fit the title", () => {
    const body = fixture("opinion_sleep.txt");
    const all = [1, 2, 3].flatMap((seed) => {
      const o = generateQuestionSet({ title: "Let them sleep", body }, { seed });
      return [...o.questions, ...o.pool];
    });
    const asks = all.filter((q) => q.type === "multiple_choice" || q.type === "short_answer").map((q) => q.prompt);
    expect(asks.some((p) => /\b(schools|doctors)\b/.test(p))).toBe(true);
    for (const p of asks) expect(p).not.toMatch(/.\b(Schools|Doctors)\b/);
  });

  it("sets no name written only after \"a\" beside places (\"named a World Heritage Site\")", () => {
    const body = fixture("history_silkroad.txt");
    const all = [1, 2, 3].flatMap((seed) => {
      const o = generateQuestionSet({ title: "The Silk Road", body }, { seed });
      return [...o.questions, ...o.pool];
    });
    for (const q of all) for (const c of q.choices ?? []) expect(c, q.prompt).not.toBe("World Heritage Site");
    expect(all.length).toBeGreaterThan(5);
  });

  it("asks nothing about a reference (\"(Winston, 1987)\", \"Riley et al. (2005)\"), and keeps a sentence whole across \"approx.\"", () => {
    const body = normalizeBody(`Honeybees communicate the location of food through the waggle dance, first described by Karl von Frisch in the 1940s. The duration of the run encodes distance: roughly one second of waggling corresponds to about 1 km. Von Frisch shared the 1973 Nobel Prize in Physiology or Medicine with Konrad Lorenz and Nikolaas Tinbergen. Later studies, e.g. by Riley et al. (2005), used harmonic radar to track bees and confirmed that recruits fly in the direction indicated by the dance. Approx. 20% of recruits, however, failed to find the food on their first flight. Workers live about 6 weeks in summer but up to 6 months over winter (Winston, 1987). The queen can lay up to 2,000 eggs per day.`);
    const all = [1, 2, 3].flatMap((seed) => {
      const o = generateQuestionSet({ title: "The waggle dance", body }, { seed, count: 12 });
      return [...o.questions, ...o.pool];
    });
    expect(all.length).toBeGreaterThan(8);
    for (const q of all) {
      expect(String(q.answer), q.prompt).not.toMatch(/^(Winston|Riley|1987|2005)$/);
      expect(q.evidence.text, q.prompt).not.toMatch(/^(Approx\.|\(2005\))$|^\(2005\)|et al\.$/);
      expect(validateQuestion(q, body)).toEqual([]);
    }
  });

  it("changes no member of a list of numbers (\"in 1998, 2002, 2016, 2017 and 2020\") in a statement", () => {
    const body = fixture("encyclopedia_reef.txt");
    const all = [1, 2, 3].flatMap((seed) => {
      const o = generateQuestionSet({ title: "The Great Barrier Reef", body }, { seed });
      return [...o.questions, ...o.pool];
    });
    const statements = all.flatMap((q) => (q.type === "true_false" ? [q.prompt] : q.type === "not_said" ? q.choices! : []));
    expect(statements.length).toBeGreaterThan(3);
    for (const st of statements) if (/bleaching events happened/.test(st)) expect(st).toMatch(/1998, 2002, 2016, 2017 and 2020/);
  });


  it("asks no share by one of its numbers (\"two thirds\", \"nine in ten\"), but still a ratio's neighbours", () => {
    const body = fixture("geography_iceland.txt");
    const all = [1, 2, 3].flatMap((seed) => {
      const o = generateQuestionSet({ title: "Iceland", body }, { seed });
      return [...o.questions, ...o.pool];
    });
    for (const q of all) {
      expect(q.prompt).not.toMatch(/_____ thirds|nine in _____|_____ in ten|___ thirds/);
      for (const item of q.items ?? []) expect(item).not.toMatch(/^(around )?two$/);
    }
    expect(all.length).toBeGreaterThan(5);
  });

  it("takes no participle between commas for the verb, and no question hangs on a possessive pronoun", () => {
    const body = normalizeBody(`Lego is owned by the Kirk Kristiansen family. Its results, published on Tuesday, showed that sales rose by 13% last year. The report, released in Billund, said that profit grew by 4%. Chief executive Niels Christiansen said the company had gained market share. Lego opened 147 new shops during the year. Its biggest factory produces around 90 million bricks a day. The company was founded in 1932 by the carpenter Ole Kirk Christiansen.`);
    const all = [1, 2].flatMap((seed) => {
      const o = generateQuestionSet({ title: "Lego results", body }, { seed, count: 10 });
      return [...o.questions, ...o.pool];
    });
    const asks = all.filter((q) => q.type === "multiple_choice" || q.type === "short_answer").map((q) => q.prompt);
    expect(asks.length).toBeGreaterThan(0);
    for (const p of asks) expect(p).not.toMatch(/\b(did|does|do) (its|his|her|their) |results publish|report release/);
  });

  it("matching phrases never end inside another number or name", () => {
    const body = normalizeBody(
      "Some penguins can swim at up to 35 kilometres an hour. There are 18 kinds of penguin. " +
        "The largest is the emperor penguin, which can stand 1.2 metres tall and weigh as much as 40 kilograms. " +
        "The male keeps the egg warm on his feet for about 65 days. The match raised £3,500 for the children's ward at Hallam General Hospital.",
    );
    const phrases = [1, 2, 3].flatMap((seed) => {
      const o = generateQuestionSet({ title: "Penguins", body }, { seed, count: 10 });
      return [...o.questions, ...o.pool].filter((q) => q.type === "matching").flatMap((q) => q.choices!);
    });
    expect(phrases.length).toBeGreaterThan(0);
    for (const p of phrases) expect(p).not.toMatch(/as much as 40$|at Hallam$|Hallam General$/);
  });

  it("on an interview: no question or label is a statement, and a describing first word is lower-cased", () => {
    const body = fixture("interview_octopus.txt");
    const all = [1, 2, 3].flatMap((seed) => {
      const o = generateQuestionSet({ title: "Octopus minds", body }, { seed });
      return [...o.questions, ...o.pool];
    });
    const statements = all.flatMap((q) =>
      q.type === "true_false" ? [q.prompt.replace(/^True or false: /, "")] : q.type === "not_said" || q.type === "main_idea" ? q.choices! : [],
    );
    expect(statements.length).toBeGreaterThan(3);
    for (const st of statements) expect(st).not.toMatch(/\?$|^[QA]:|^Some are\.$/);
    for (const q of all) expect(q.prompt).not.toMatch(/_____.*\b[QA]: |^Fill in the blank: [QA]: |Which answer completes the sentence\? [QA]: /);
    const asks = all.filter((q) => q.type === "multiple_choice" || q.type === "short_answer").map((q) => q.prompt);
    expect(asks.some((p) => /marine biologist Dr Helen Osei/.test(p))).toBe(true);
  });

});

describe("statements read alone", () => {
  it("never states as true or false, or offers as an option, a sentence whose pronoun points outside it", () => {
    const body = normalizeBody(
      "Millbank Rowing Club won the Kelsport Harbour Cup on Saturday, beating Greyfriars Boat Club by 1.5 seconds. " +
        "Greyfriars led for most of the race. For a while, it looked as if they would win easily. " +
        "Captain Maya Vasquez joined the club in 2016. When she arrived, the club had only 35 members. " +
        "The crews raced over 2,000 metres on a calm harbour. The old trophy was made in 1890 and weighs 4 kilograms. " +
        "Dr Alan Hart studied the club's records for two years. According to his research, the race began in 1887. " +
        "The prize money of £20,000 will pay for a new boat. The club now has 120 members and three coaches. " +
        "Engineers said that this would double the time needed to build a new boat. " +
        "On the way back, all five men of his crew were given medals. The coach said his rowers had trained for a year.",
    );
    const out = generateQuestionSet({ title: "Millbank win the harbour cup", body }, { count: 12 });
    const statements = [...out.questions, ...out.pool].flatMap((q) =>
      q.type === "true_false" ? [q.prompt.replace(/^True or false: /, "")] : q.type === "not_said" || q.type === "main_idea" ? q.choices! : [],
    );
    expect(statements.length).toBeGreaterThan(3);
    for (const st of statements) expect(st).not.toMatch(/\bthey would win easily|^When she arrived|^According to his research|that this would double|men of his crew/);
    // the self-contained sentences around them still make statements
    expect(statements.some((st) => /^(Greyfriars led|Captain Maya Vasquez joined|The club now has|The old trophy)/.test(st))).toBe(true);
  });
});
