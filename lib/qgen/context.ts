/** Everything the templates need about one article, computed once. */
import type { Analysis, Sentence } from "./analyse";
import type { Clause } from "./clause";
import type { Gazetteer } from "./names";
import type { Slot } from "./slots";
import type { GeneratedQuestion } from "./types";
import type { Claim } from "./model/claims";
import type { Role, Sex } from "./model/people";
import type { NameEntity } from "./names";

export interface Ctx {
  body: string;
  title: string;
  seed: number;
  analysis: Analysis;
  sentences: Sentence[];
  gaz: Gazetteer;
  slots: Slot[][];
  clauses: Clause[][];
  /** 0..1 per sentence: word overlap with the title and the rest of the article */
  centrality: number[];
  /** lower-cased body, for "is this true according to the article" checks */
  lowerBody: string;
  /** the article model: people's roles and sex, and who said what */
  roles: Role[];
  sexes: Map<NameEntity, Sex>;
  claims: Claim[];
  /** per sentence: the one person its he/she/his/her refer to (null: unresolved; undefined: no such pronoun) */
  referents: Array<NameEntity | null | undefined>;
  /** sentences no question is asked about (headings, list labels, phone lines) */
  skip: boolean[];
}

/** A question before selection, with what ranking and de-duplication need. */
export interface Candidate {
  q: Omit<GeneratedQuestion, "id">;
  /** what fact it asks: the same key means the same fact */
  fact: string;
  /** sentences it uses (one question per sentence in a set, except multi-sentence types) */
  sentences: number[];
  score: number;
  /** the kind of answer, for balancing */
  kind: string;
  /**
   * Other facts it tests, which a set should not ask again: a false true/false item tests the detail it changes
   * ("about 46 minutes" for "about 23 minutes"), which another question on that detail asks outright.
   */
  also?: string[];
  /**
   * The costly rest of the question, made only when selection looks at the candidate (a multiple-choice item's
   * wrong options): fills in q and says whether the question could be made. Absent when q is complete.
   */
  finish?: () => boolean;
  /** which writer made it ("who-said", "cloze", …): a ranking feature and a line of the evaluation's report */
  template?: string;
  /** what the writer knows about it beyond type and template (ranking features, 0..1) */
  features?: Record<string, number>;
}
