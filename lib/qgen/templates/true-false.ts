/** True or false: a stated fact, or the fact with one detail changed to a same-kind wrong value. */
import type { Candidate, Ctx } from "../context";
import { candidate, evidenceOf, explain, inSentence } from "./common";
import { falsify, statementOf } from "./statements";
import { factKey } from "./wh-types";

export function trueFalseCandidates(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    const st = statementOf(ctx, s.index);
    if (!st) continue;
    const evidence = evidenceOf(ctx, s.index);
    const altered = falsify(ctx, st, s.index);
    const score = 0.45 + 0.2 * ctx.centrality[s.index];
    if (altered) {
      out.push(
        candidate(
          "true_false",
          {
            prompt: `True or false: ${altered.text}`,
            choices: ["True", "False"],
            answer: "False",
            evidence,
            explanation: explain(evidence, `False: the article gives ${inSentence(altered.slot.text)}, not ${inSentence(altered.wrong)}.`),
            difficulty: 2,
          },
          { fact: `${s.index}:tf`, sentences: [s.index], score: score + 0.05, kind: "tf-false", also: [factKey(altered.slot)], template: "falsify", features: { ["changed_" + altered.slot.kind]: 1 } },
        ),
      );
    }
    // (a statement that is true is the article's sentence copied: true items come from the article model instead,
    // templates/people.ts, in other words than the article's)
  }
  return out;
}
