/**
 * True or false: a fact of the article in other words (model/restate.ts), or a fact with one detail changed to the
 * value another sentence of the article gives (statements.ts, `falsify`), itself in other words where it can be.
 * A true statement is never the article's sentence copied: where no rewording holds, only the false one is made.
 */
import type { Candidate, Ctx } from "../context";
import { restate } from "../model/restate";
import { copiedFromArticle } from "../model/paraphrase";
import { candidate, evidenceOf, explain, inSentence } from "./common";
import { falsify, statementOf } from "./statements";
import { factKey } from "./wh-types";

/** Statements longer than this are not restated as true: a long true statement is a copied passage to a reader. */
const TRUE_MAX_WORDS = 24;

export function trueFalseCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    const st = statementOf(ctx, s.index);
    if (!st) continue;
    const evidence = evidenceOf(ctx, s.index);
    // (a value the article states elsewhere; failing that, the weaker writer's made-up value or swapped person)
    const stated = falsify(ctx, st, s.index);
    const altered = stated ?? falsify(ctx, st, s.index, "tf", false);
    const reworded = restate(ctx, st);
    const score = 0.45 + 0.2 * ctx.centrality[s.index];
    if (altered) {
      // the false statement in the rewording too, when the changed detail stands in it once as written
      const slotText = altered.slot.text;
      const inReworded = reworded !== null && reworded.text.split(slotText).length === 2 ? reworded.text.replace(slotText, altered.wrong) : null;
      const text = inReworded !== null && !copiedFromArticle(inReworded, ctx.lowerBody) ? inReworded : altered.text;
      out.push(
        candidate(
          "true_false",
          {
            prompt: `True or false: ${text}`,
            choices: ["True", "False"],
            answer: "False",
            evidence,
            explanation: explain(evidence, `False: the article gives ${inSentence(altered.slot.text)}, not ${inSentence(altered.wrong)}.`),
            difficulty: 2,
          },
          {
            fact: `${s.index}:tf`,
            sentences: [s.index],
            score: score + 0.05,
            kind: "tf-false",
            also: [factKey(altered.slot)],
            template: stated !== null ? "falsify-stated" : "falsify",
            features: { ["changed_" + altered.slot.kind]: 1, reworded: text === altered.text ? 0 : 1 },
          },
        ),
      );
    }
    // a true statement only when reworded more than once over (a word or two changed in a copied sentence is still
    // a word match), and short enough to be read as one fact
    if (reworded !== null && reworded.changes.length >= 2 && reworded.text.split(/\s+/).length <= TRUE_MAX_WORDS) {
      out.push(
        candidate(
          "true_false",
          {
            prompt: `True or false: ${reworded.text}`,
            choices: ["True", "False"],
            answer: "True",
            evidence,
            explanation: explain(evidence, "True: the article says this in its own words."),
            difficulty: 2,
          },
          { fact: `${s.index}:tf`, sentences: [s.index], score, kind: "tf-true", template: "restate-true", features: { reworded: 1, ["reworded_" + reworded.changes.join("_")]: 1 } },
        ),
      );
    }
  }
  return out;
}
