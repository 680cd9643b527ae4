/**
 * Questions written from the article model's facts about people: who said what (claims.ts), and who someone is
 * (their roles, people.ts). Options are the article's own people and roles; statements are reported speech or a
 * role stated outright, never a sentence of the article copied.
 */
import { isClub } from "../lexicon";
import type { Candidate, Ctx } from "../context";
import type { Claim } from "../model/claims";
import type { Role } from "../model/people";
import type { NameEntity } from "../names";
import { shuffled } from "../rng";
import { candidate, capFirst, evidenceOf, explain } from "./common";
import { copiedFromArticle } from "../model/paraphrase";

/** The article's people other than `e` who could stand in for them: no shared name word, not named in `text`. */
function otherPeople(ctx: Ctx, e: NameEntity, text: string, prefer: Set<NameEntity>, short = false): string[] {
  const mine = new Set(e.full.toLowerCase().split(" "));
  const lowerText = text.toLowerCase();
  // (of the same kind: people beside a person, organisations beside an organisation)
  const people = ctx.gaz.entities.filter(
    (x) => x.kind === e.kind && x !== e && !x.full.toLowerCase().split(" ").some((w) => mine.has(w)) && !lowerText.includes(x.short.toLowerCase()),
  );
  // speakers first (as plausible as the answer), then the others, each group in the article's order
  const ranked = [...people.filter((x) => prefer.has(x)), ...people.filter((x) => !prefer.has(x))];
  const names = ranked.map((x) => (short ? x.short : e.kind === "person" ? x.full : (x.article ? "the " : "") + x.full));
  return [...new Set(names)];
}

function speakers(ctx: Ctx): Set<NameEntity> {
  return new Set(ctx.claims.map((c) => c.speaker));
}

/** "the president of Benin" for "Yayi Boni", when the article gives them a role elsewhere than in `sentence`. */
function roleElsewhere(ctx: Ctx, e: NameEntity, sentence: number, from: number): Role | undefined {
  // (within the evidence the item quotes: the sentence that names them up to the claim)
  return ctx.roles.find((r) => r.entity === e && r.sentence !== sentence && r.sentence >= from && r.sentence <= sentence && /^the /.test(r.text));
}

export function claimCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const said = speakers(ctx);
  for (const c of ctx.claims) out.push(...fromClaim(ctx, c, said));
  return out;
}

function fromClaim(ctx: Ctx, c: Claim, speakersOf: Set<NameEntity>): Candidate[] {
  const out: Candidate[] = [];
  const lowerContent = c.content.toLowerCase();
  if (lowerContent.includes(c.speaker.short.toLowerCase())) return out;
  // the evidence names the speaker: from the sentence that last named them when the claim says "he said"
  const named = c.speaker.mentions.filter((m) => m.sentence <= c.sentence).pop();
  if (named === undefined || c.sentence - named.sentence > 2) return out;
  const evidence = evidenceOf(ctx, named.sentence, c.sentence);
  const central = ctx.centrality[c.sentence];
  const fact = `claim:${c.sentence}`;
  // names as the article writes them there ("Yayi", "Bush"), the other options alike
  const oneWord = !named.text.includes(" ");
  const answer = named.text;
  // a quotation is asked in reported speech where it can be (tenses moved back), else quoted
  const words = c.direct ? c.reported ?? null : c.content;
  const said = (who: string) => (words !== null ? `${who} said that ${words}` : `${who} said ${c.content}`);
  const whoWord = c.speaker.kind === "person" ? "Who" : c.speaker.kind === "country" ? "Which country" : isClub(c.speaker.full) ? "Which club" : "Which organisation";
  const prompt = words !== null ? `${whoWord} said that ${words}?` : `${whoWord} said ${c.content}?`;
  const others = otherPeople(ctx, c.speaker, c.content, speakersOf, oneWord);
  const features = { claim: 1, direct: c.direct ? 1 : 0, reported: c.reported ? 1 : 0, byPronoun: c.byPronoun ? 1 : 0, fromArticle: 1 };
  if (others.length >= 2) {
    const wrong = others.slice(0, 3);
    out.push(
      candidate(
        "multiple_choice",
        { prompt, choices: shuffled([answer, ...wrong], ctx.seed, prompt), answer, evidence, explanation: explain(evidence), difficulty: 2 },
        { fact, sentences: [c.sentence], score: 0.7 + 0.2 * central, kind: "speaker", template: "who-said", features },
      ),
    );
  }
  out.push(
    candidate(
      "short_answer",
      { prompt, answer, accept: [...new Set([c.speaker.full, c.speaker.short])].filter((x) => x !== answer), evidence, explanation: explain(evidence), difficulty: 3 },
      { fact, sentences: [c.sentence], score: 0.55 + 0.2 * central, kind: "speaker", template: "who-said-typed", features },
    ),
  );
  // true: the claim in reported speech, naming the speaker (by role when the article gives one elsewhere)
  const role = roleElsewhere(ctx, c.speaker, c.sentence, named.sentence);
  const who = role ? capFirst(role.text) : c.speaker.full;
  const statement = `${said(who)}.`;
  // (a quotation given back to its speaker is the sentence copied; reported speech is not)
  if (words !== null && !copiedFromArticle(statement, ctx.lowerBody)) {
    out.push(
      candidate(
        "true_false",
        {
          prompt: `True or false: ${statement}`,
          choices: ["True", "False"],
          answer: "True",
          evidence,
          explanation: explain(evidence, role ? `True: ${answer}, ${role.text}, said so.` : `True: ${answer} said so.`),
          difficulty: role ? 3 : 2,
        },
        { fact: `${c.sentence}:tf`, sentences: [c.sentence], score: 0.55 + 0.2 * central + (role ? 0.05 : 0), kind: "tf-true", template: role ? "claim-true-role" : "claim-true", features: { ...features, roleSwap: role ? 1 : 0 } },
      ),
    );
  }
  // false: the same claim given to another person of the article who speaks in it too
  const liar = others.find((o) => [...speakersOf].some((x) => x.full === o || x.short === o));
  if (liar !== undefined) {
    out.push(
      candidate(
        "true_false",
        {
          prompt: `True or false: ${said(liar)}.`,
          choices: ["True", "False"],
          answer: "False",
          evidence,
          explanation: explain(evidence, `False: it was ${answer} who said this, not ${liar}.`),
          difficulty: 2,
        },
        { fact: `${c.sentence}:tf`, sentences: [c.sentence], score: 0.6 + 0.2 * central, kind: "tf-false", template: "claim-false-speaker", features },
      ),
    );
  }
  return out;
}

/** "is" or "was": how the article speaks of its people (a biography of someone long dead says "was"). */
function copula(ctx: Ctx): string {
  const was = (ctx.lowerBody.match(/\bwas\b/g) ?? []).length;
  const is = (ctx.lowerBody.match(/\bis\b/g) ?? []).length;
  return was > is ? "was" : "is";
}

/**
 * A role that tells someone apart: "the Ukrainian president", "a spokeswoman for the ministry", not "the wife" or
 * "the president" (which the article's other people may be too), nor a role with a number in it ("the 2008 …").
 */
function specificRole(r: Role): boolean {
  if (/\d/.test(r.text)) return false;
  const words = r.text.split(/\s+/).filter((w) => !/^(the|a|an|his|her|their|its)$/i.test(w));
  return words.length >= 2 && !/^(his|her|their|its)$/i.test(r.text.split(/\s+/)[0]);
}

export function roleCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const be = copula(ctx);
  const byPerson = new Map<NameEntity, Role[]>();
  for (const r of ctx.roles.filter(specificRole)) byPerson.set(r.entity, [...(byPerson.get(r.entity) ?? []), r]);
  for (const r of ctx.roles) {
    if (!specificRole(r)) continue;
    const e = r.entity;
    const lowerRole = r.text.toLowerCase();
    const evidence = evidenceOf(ctx, r.sentence);
    const central = ctx.centrality[r.sentence];
    const features = { role: 1, ["source_" + r.source]: 1, fromArticle: 1 };
    const fact = `role:${e.key}`;
    // who is X? — the roles the article gives other people
    const otherRoles = [...byPerson.entries()]
      .filter(([p]) => p !== e)
      .map(([, rs]) => rs[0].text)
      .filter((t) => t.toLowerCase() !== lowerRole && !t.includes(e.short));
    const distinct = [...new Set(otherRoles.map((t) => capFirst(t)))];
    if (distinct.length >= 2) {
      const prompt = `Who ${be} ${e.full}, according to the article?`;
      out.push(
        candidate(
          "multiple_choice",
          { prompt, choices: shuffled([capFirst(r.text), ...distinct.slice(0, 3)], ctx.seed, prompt), answer: capFirst(r.text), evidence, explanation: explain(evidence), difficulty: 2 },
          { fact, sentences: [r.sentence], score: 0.65 + 0.2 * central, kind: "role", template: "who-is", features },
        ),
      );
    }
    // who is the …? — the article's other people
    if (/^the /.test(r.text) && r.source !== "copula") {
      const people = otherPeople(ctx, e, r.text, new Set(byPerson.keys()));
      const prompt = `Who ${be} ${r.text}?`;
      if (people.length >= 2)
        out.push(
          candidate(
            "multiple_choice",
            { prompt, choices: shuffled([e.full, ...people.slice(0, 3)], ctx.seed, prompt), answer: e.full, evidence, explanation: explain(evidence), difficulty: 2 },
            { fact, sentences: [r.sentence], score: 0.6 + 0.2 * central, kind: "person", template: "who-is-role", features },
          ),
        );
    }
    // true or false: X is/was <role>; false: another person of the article with another role
    if (r.source !== "copula") {
      const statement = `${e.full} ${be} ${r.text}.`;
      if (!copiedFromArticle(statement, ctx.lowerBody))
        out.push(
          candidate(
            "true_false",
            { prompt: `True or false: ${statement}`, choices: ["True", "False"], answer: "True", evidence, explanation: explain(evidence, `True: the article names ${e.full} as ${r.text}.`), difficulty: 2 },
            { fact: `${r.sentence}:tf`, sentences: [r.sentence], score: 0.5 + 0.2 * central, kind: "tf-true", template: "role-true", features },
          ),
        );
      const other = [...byPerson.entries()].find(([p, rs]) => p !== e && rs.every((x) => x.head !== r.head) && !(byPerson.get(e) ?? []).some((x) => rs.some((y) => y.head === x.head)));
      if (other !== undefined) {
        const [p] = other;
        out.push(
          candidate(
            "true_false",
            { prompt: `True or false: ${p.full} ${be} ${r.text}.`, choices: ["True", "False"], answer: "False", evidence, explanation: explain(evidence, `False: the article names ${e.full} as ${r.text}, not ${p.full}.`), difficulty: 2 },
            { fact: `${r.sentence}:tf`, sentences: [r.sentence], score: 0.55 + 0.2 * central, kind: "tf-false", template: "role-false", features },
          ),
        );
      }
    }
  }
  return out;
}
