import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticleMarkdown } from "../content/parse";
import { normalizeBody } from "../content/normalize";
import { GENERATOR, POOL_PER_QUESTION, QgenInputError, generateQuestionSet, matchesTypedAnswer, validateQuestion, ruleNoDuplicateFacts, ruleCoversArticle } from "./index";
import type { GeneratedQuestion } from "./types";
import { FIRST_NAMES } from "./lexicon";

const dir = path.resolve(import.meta.dirname, "../../content/articles");
const load = (f: string) => parseArticleMarkdown(readFileSync(path.join(dir, f), "utf8"));
const seed = load("ukraine-security-guarantees.md");
const out = generateQuestionSet({ title: seed.title, body: seed.body });
const all = [...out.questions, ...out.pool];
const answerOf = (q: GeneratedQuestion) => (Array.isArray(q.answer) ? q.answer.join(" | ") : q.answer);

describe("seed article (golden)", () => {
  // (0.3 asks only what passes the rules and its wrong options can be found for: 9 questions today, far below the
  // 20 in 6 types it should reach; docs/qgen.md, "Where it stands")
  it("gives a quiz of at least 9 questions in at least 3 types, plus a pool", () => {
    expect(out.questions.length).toBeGreaterThanOrEqual(9);
    expect(out.pool.length).toBeGreaterThanOrEqual(5);
    expect(new Set(out.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
    expect(out.generator).toBe(GENERATOR);
    expect(out.questions.some((q) => q.type === "short_answer")).toBe(true);
    expect(out.article.body).toBe(seed.body);
  });
  it("names the right one of Zelensky, Putin and Trump in who-questions", () => {
    const who = all.filter((x) => x.type === "multiple_choice" && /^Who\b/.test(x.prompt));
    const byPrompt = (re: RegExp) => who.find((x) => re.test(x.prompt));
    expect(byPrompt(/pointed to progress on security assurances/)?.answer ?? all.find((x) => /pointed to progress on security assurances/.test(x.prompt) && x.type === "short_answer")?.answer).toMatch(/Zelensky/);
    expect(byPrompt(/pushed for a rapid settlement/)?.answer ?? all.find((x) => /pushed for a rapid settlement/.test(x.prompt) && x.type === "short_answer")?.answer).toBe("Trump");
  });
  it("never offers a place the article links to the same meeting, or one containing the answer", () => {
    const where = all.find((x) => x.type === "multiple_choice" && /^Where did .*Zelensky meet\?/.test(x.prompt));
    expect(where?.answer).toBe("The White House");
    for (const c of where!.choices!) expect(c).not.toMatch(/Washington|Alaska/);
    for (const q of all.filter((x) => x.type === "multiple_choice"))
      for (const c of q.choices!) if (c !== q.answer && /White House/.test(String(q.answer))) expect(c).not.toMatch(/Washington/);
  });
  it("matches one kind of thing in one name form, and capitalises no 'The' inside a sentence", () => {
    for (const q of all.filter((x) => x.type === "matching")) expect(validateQuestion(q, seed.body)).toEqual([]);
    for (const q of all.filter((x) => x.type === "matching")) expect(q.items).not.toContain("Russia");
    for (const q of all.filter((x) => /^Which answer completes/.test(x.prompt) && !/\? _____/.test(x.prompt))) for (const c of q.choices!) expect(c).not.toMatch(/^The /);
  });
  it("has no question that gives away the answer of another on the same sentence", () => {
    const single = out.questions.filter((q) => !["matching", "not_said", "main_idea", "true_false"].includes(q.type));
    for (const q of single)
      for (const other of out.questions)
        if (other !== q && other.evidence.start === q.evidence.start && !["matching", "not_said", "main_idea"].includes(other.type))
          expect(other.prompt.toLowerCase()).not.toContain(String(q.answer).toLowerCase());
  });
  it("has no answer that is a title or a pronoun alone", () => {
    for (const q of all) for (const a of Array.isArray(q.answer) ? q.answer : [q.answer]) expect(a).not.toMatch(/^(President|he|she|they|it|him|his|her|them)$/i);
  });
  it("is deterministic, and the seed changes option order only among equals", () => {
    expect(JSON.stringify(generateQuestionSet({ title: seed.title, body: seed.body }))).toBe(JSON.stringify(out));
    const other = generateQuestionSet({ title: seed.title, body: seed.body }, { seed: 7 });
    expect(JSON.stringify(generateQuestionSet({ title: seed.title, body: seed.body }, { seed: 7 }))).toBe(JSON.stringify(other));
    // another seed breaks ties among equals otherwise: a quiz of the same size, as many of each type
    const types = (o: typeof out) => o.questions.map((q) => q.type).sort();
    expect(types(other)).toEqual(types(out));
  });
  it("grades its own short answers and blanks", () => {
    for (const q of all.filter((x) => x.type === "short_answer" || x.type === "fill_blank")) {
      expect(matchesTypedAnswer(String(q.answer), String(q.answer), q.accept)).toBe(true);
      for (const a of q.accept ?? []) expect(matchesTypedAnswer(a, String(q.answer), q.accept)).toBe(true);
    }
  });
});

describe("every article in content/ (property)", () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".md"))) {
    it(`${f}: every question passes every rule, evidence equals the body`, () => {
      const a = load(f);
      const o = generateQuestionSet({ title: a.title, body: a.body });
      expect(o.questions.length).toBeGreaterThanOrEqual(5);
      for (const q of [...o.questions, ...o.pool]) {
        expect(validateQuestion(q, a.body)).toEqual([]);
        expect(a.body.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
      }
      expect(ruleNoDuplicateFacts(o.questions)).toBeNull();
      expect(ruleCoversArticle(o.questions, a.body)).toBeNull();
      const ids = new Set([...o.questions, ...o.pool].map((q) => q.id));
      expect(ids.size).toBe(o.questions.length + o.pool.length);
    });

    it(`${f}: "True" is never the safe guess (at most three more True than False items, for any seed)`, () => {
      const a = load(f);
      for (const seed of [1, 2, 3]) {
        const tf = generateQuestionSet({ title: a.title, body: a.body }, { seed }).questions.filter((q) => q.type === "true_false");
        const trues = tf.filter((q) => q.answer === "True").length;
        expect(trues).toBeLessThanOrEqual(tf.length - trues + 3);
      }
    });
  }
});

const SCHOOL = normalizeBody(`The Okavango Delta is a huge inland delta in Botswana. Every year, floodwater from the highlands of Angola flows about 1,200 kilometres to reach it. The water arrives in June, during the dry season, and turns the plains green.

Dr Amara Nkosi, a biologist at the University of Gaborone, has studied the delta's elephants for 14 years. She counted 130,000 elephants in the region in 2019. "The delta is a lifeline for these animals," said Dr Nkosi.

The government of Botswana protects most of the delta. In 2014, the delta became the 1,000th site on the World Heritage List. Tourism brings in about $300 million each year, and local guides lead visitors through the channels in wooden canoes called mokoros.

Scientists warn that dams upstream could reduce the floods. Samuel Tau, a guide from the village of Maun, said that the water came late last year. Farmers in Angola planted more crops along the river, which took more water.`);

describe("own texts: each type", () => {
  const o = generateQuestionSet({ title: "The Okavango Delta", body: SCHOOL });
  const every = [...o.questions, ...o.pool];
  const types = new Set(every.map((q) => q.type));
  it("makes multiple choice, typed, true/false, matching, not-said and main-idea questions", () => {
    for (const t of ["multiple_choice", "short_answer", "true_false", "matching", "not_said", "main_idea"]) expect(types).toContain(t);
  });
  it("keeps 'about' on the 1,200 kilometres and the $300 million", () => {
    for (const q of every.filter((x) => /1,200|300 million/.test(answerOf(x)))) expect(`${q.prompt} ${answerOf(q)}`).toMatch(/about/i);
  });
  it("every question passes every rule", () => {
    for (const q of every) expect(validateQuestion(q, SCHOOL)).toEqual([]);
  });
  it("short typed answers accept other forms, and reported facts name who reported them", () => {
    const body = normalizeBody(`At least 300 volunteers planted trees along the River Tamar on Saturday. The work was organised by Helen Pryce, a teacher from the village of Calstock. She said that more than 40 local families had joined in. Pryce said that more than 25 farms had given land. The trees were paid for by a grant of £12,000 from the county council. The group plans to plant another 2,000 trees next spring.`);
    const out = generateQuestionSet({ title: "Volunteers plant trees by the Tamar", body }, { count: 10 });
    const all = [...out.questions, ...out.pool];
    const typed = all.filter((q) => q.type === "short_answer");
    // "At least how many …?": every smaller number is true too, so a bounded number is asked typed
    const bounded = typed.find((q) => q.answer === "300");
    expect(bounded?.prompt).toBe("At least how many volunteers planted trees along the River Tamar on Saturday?");
    expect(bounded?.accept).toContain("At least 300");
    // a reported fact is asked as what its speaker said
    expect(typed.find((q) => /25 farms/.test(q.evidence.text))?.prompt).toBe("Who said that more than 25 farms had given land?");
    // "She said that …" gives no question "according to she", and no stem keeps the sentence's full stop
    for (const q of all) expect(q.prompt).not.toMatch(/according to (she|her)\b|[a-z][.!?][,?]/i);
    for (const q of all) expect(validateQuestion(q, body)).toEqual([]);
  });

  it("asks nothing that would cut a number or a name from the words that belong to it", () => {
    const body = normalizeBody(`A strong colony can contain 50,000 bees or more. The council vote passed by nine votes to four on Monday. About 2,000 people are thought to have died in Pompeii alone. "This is about making the town centre safer," Ruth Adeyemi told the meeting. The council will spend £150,000 on benches, planters and new lighting in the town centre. Excavations at Pompeii started in 1748 under the engineer Rocque de Alcubierre. Dr. Ortiz said that her next study, due to begin on Monday, would look at the whales. Whales arrive in the fjords in November every year.`);
    const out = generateQuestionSet({ title: "Notes", body }, { count: 12 });
    const all = [...out.questions, ...out.pool];
    const asks = all.filter((q) => q.type === "multiple_choice" || q.type === "short_answer").map((q) => q.prompt);
    // not "How many bees can a strong colony contain or more?", "By how many votes did the vote pass to four?",
    // "Where are about 2,000 people thought to have died alone?" or "Who told the meeting?"
    for (const p of asks) expect(p).not.toMatch(/or more\?|^By how many votes|died alone|told the meeting|^On which day did Dr\. Ortiz say|does Whales/);
    expect(asks).toContain("About how many people are thought to have died in Pompeii alone?");
    for (const q of all) expect(validateQuestion(q, body)).toEqual([]);
  });

  it("on a text with a headline: wrong options that are possible, names kept apart, units accepted", () => {
    const body = normalizeBody(`Riverside Food Bank Marks Ten Years

The Riverside Food Bank has at least 80 volunteers. Maria Lopez founded it in 2014 with her brother Daniel Lopez. Maria took over the running of the warehouse in 2016. About 95 percent of the food is donated by local shops. The food bank opened a second warehouse in 2019 at Millbrook and Eastfield. Volunteers packed parcels for at least three days before the holiday, and the warehouse stayed open until 9 p.m. Local councillor Ravi Shah praised the team. In 2018, Maria trained the new drivers. He said that more than 2,000 families had been helped last winter.`);
    const all = [1, 2, 3].flatMap((seed) => {
      const o = generateQuestionSet({ title: "Food bank", body }, { seed, count: 12 });
      return [...o.questions, ...o.pool];
    });
    const shown = (q: GeneratedQuestion) => [q.prompt, ...(q.choices ?? []), ...(q.items ?? []), ...(Array.isArray(q.answer) ? q.answer : [q.answer])];
    for (const q of all) {
      expect(validateQuestion(q, body)).toEqual([]);
      for (const t of shown(q)) {
        // the headline is no sentence; no year after the article's latest, no share over 100 per cent, no time changed
        expect(t).not.toMatch(/Ten Years|Marks/);
        for (const y of t.match(/\b(1[89]|20)\d\d\b/g) ?? []) expect(Number(y)).toBeLessThanOrEqual(2019);
        for (const pc of t.match(/\d+(?= percent)/g) ?? []) expect(Number(pc)).toBeLessThanOrEqual(100);
        expect(t).not.toMatch(/until (?!9 p\.m\.)\d+ p\.m\./);
      }
    }
    // "Maria" is Maria Lopez; the article names too few other people to set beside her, so she is asked typed
    const who = all.find((q) => q.prompt === "Who trained the new drivers in 2018?");
    expect(who?.answer).toBe("Maria");
    expect(who?.type).toBe("short_answer");
    // a typed number takes the unit the question names
    const typed = all.find((q) => q.prompt === "At least how many volunteers does the Riverside Food Bank have?");
    expect(typed?.accept).toEqual(expect.arrayContaining(["80 volunteers", "at least 80 volunteers"]));
    // one of a pair of places is not asked alone ("Where did the food bank open … and Eastfield?")
    expect(all.filter((q) => q.type === "multiple_choice" && /^Where\b/.test(q.prompt))).toEqual([]);
  });


  it("keeps a negation, and asks nothing from a misread participle, a cut possessive or a reported day", () => {
    const body = normalizeBody(`Mary Anderson was born in 1866 on a plantation in Greene County, Alabama. In November 1903, Mary was granted a patent for her "window cleaning device". Mary never earned any money from the invention. The judges, led by Dr. Ruth Adeyemi from the local university, spent more than four hours looking at the projects. Second place went to twins Oliver and Jack Brennan, aged 10. Mr. Okafor said he would meet the company again on Thursday. Joan never lost a race in her first season with the club.`);
    const all = [1, 2].flatMap((seed) => {
      const o = generateQuestionSet({ title: "Notes", body }, { seed, count: 12 });
      return [...o.questions, ...o.pool];
    });
    const asks = all.filter((q) => q.type === "multiple_choice" || q.type === "short_answer").map((q) => q.prompt);
    for (const p of asks) {
      expect(p).not.toMatch(/^Who (earned|lost)\b/);
      expect(p).not.toMatch(/did the judges lead|patent for her\b(?! ")|^Where .*, Alabama\?|did Mr\. Okafor say/);
    }
    expect(asks).toContain("Who never earned any money from the invention?");
    // a first name is set beside first names
    const twins = all.find((q) => q.type === "multiple_choice" && q.answer === "Oliver");
    if (twins) for (const c of twins.choices!) expect(FIRST_NAMES.map((f) => f.toLowerCase())).toContain(c.toLowerCase());
    for (const q of all) expect(validateQuestion(q, body)).toEqual([]);
  });

  it("matching pairs people with what they said or did", () => {
    const body = normalizeBody(`Anna Berg won the race in Oslo on Sunday. Tom Reyes finished second after a late sprint. Lena Ito set a new course record in the women's event. Coach Mark Dale praised the young team after the final. The crowd of about 4,000 people cheered every finisher. Organisers said the event would return next year with a longer route.`);
    const m = generateQuestionSet({ title: "Race day", body }, { count: 10 });
    const match = [...m.questions, ...m.pool].find((q) => q.type === "matching");
    expect(match).toBeDefined();
    expect(match!.items!.length).toBeGreaterThanOrEqual(3);
    for (const q of [...m.questions, ...m.pool]) expect(validateQuestion(q, body)).toEqual([]);
  });
});

describe("long texts", () => {
  it("keep the review pool to four questions per quiz question", () => {
    const body = readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => load(f).body)
      .join("\n\n");
    const o = generateQuestionSet({ title: "All articles", body }, { count: 10 });
    expect(o.questions.length).toBe(10);
    expect(o.pool.length).toBe(POOL_PER_QUESTION * 10);
  });
});

describe("bad input", () => {
  it("throws a typed error for empty, binary, too long and too short input", () => {
    const codes = ["", "a\u0000b".repeat(50), "word ".repeat(50_000), "Too short to ask about."].map((b) => {
      try {
        generateQuestionSet({ title: "t", body: b });
        return "none";
      } catch (e) {
        return e instanceof QgenInputError ? e.code : "other";
      }
    });
    expect(codes).toEqual(["empty", "binary", "too_long", "too_short"]);
  });
});
