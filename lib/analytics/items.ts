/**
 * Item analysis: classical test statistics for one assignment's questions, from each student's analysed attempt.
 * Pure functions (no I/O), so the numbers a teacher reads are unit-tested on hand-made data.
 *
 * - difficulty: share of students who answered the question correctly (p; an unanswered question counts as wrong);
 * - discrimination: p in the upper group minus p in the lower group, where the groups are the top and bottom
 *   27 % of students by total score (at least one student each, never overlapping);
 * - answer counts: how often each option was chosen, the most-chosen wrong answer marked;
 * - flag: negative discrimination, i.e. strong students miss the question more often than weak ones, and only once
 *   at least MIN_STUDENTS_FOR_FLAGS students are analysed (docs/decisions/035-item-analysis-sample-size.md).
 */

export const GROUP_FRACTION = 0.27;

/**
 * No question is flagged below this many analysed students. With 2 students, about half of sound 10-question
 * quizzes showed a question with discrimination −1.00 in our simulation; see decision 035 for the figures.
 */
export const MIN_STUDENTS_FOR_FLAGS = 10;

export interface ItemQuestion {
  id: string;
  /** Stored options in their canonical order ([] for typed answers). */
  options: string[];
  /** The correct answer as a label comparable with the students' answer labels. */
  correct: string;
}

export interface StudentResponses {
  studentId: string;
  /** Per question id: the student's answer label and whether it was graded correct. Missing = not answered. */
  responses: Record<string, { answer: string; correct: boolean } | undefined>;
}

export interface AnswerCount {
  answer: string;
  count: number;
  correct: boolean;
  /** The wrong answer chosen most often (ties: the first in option order); at most one per question. */
  mostChosenWrong: boolean;
}

export interface ItemStats {
  questionId: string;
  /** Students in the analysis. */
  students: number;
  answered: number;
  correct: number;
  /** Share correct, 0–1; null with no students. */
  difficulty: number | null;
  /** Upper minus lower group share correct, −1–1; null with fewer than two students. */
  discrimination: number | null;
  /** Students in each of the upper and lower groups that discrimination compares (0 with fewer than two students). */
  groupSize: number;
  answers: AnswerCount[];
  unanswered: number;
  flagged: boolean;
}

/** Share of true values, or null for an empty list. */
export function difficulty(correct: readonly boolean[]): number | null {
  if (correct.length === 0) return null;
  return correct.filter(Boolean).length / correct.length;
}

/**
 * The upper and lower groups: the top and bottom `fraction` of students by score (rounded, at least one each,
 * at most half each so they never overlap). Ties at the boundary are broken by the order given, so the result
 * is deterministic. Empty groups with fewer than two students.
 */
export function scoreGroups<T extends { score: number }>(students: readonly T[], fraction = GROUP_FRACTION): { upper: T[]; lower: T[] } {
  const n = students.length;
  if (n < 2) return { upper: [], lower: [] };
  const size = Math.min(Math.max(1, Math.round(n * fraction)), Math.floor(n / 2));
  const ranked = students.map((s, i) => ({ s, i })).sort((a, b) => b.s.score - a.s.score || a.i - b.i);
  return { upper: ranked.slice(0, size).map((r) => r.s), lower: ranked.slice(n - size).map((r) => r.s) };
}

/** Upper group's share correct minus the lower group's; null when either group is empty. */
export function discrimination(upperCorrect: readonly boolean[], lowerCorrect: readonly boolean[]): number | null {
  const up = difficulty(upperCorrect);
  const low = difficulty(lowerCorrect);
  if (up === null || low === null) return null;
  return up - low;
}

/**
 * How often each answer was given. Every option is listed (in option order, zero counts included); answers
 * that are not options (typed answers) follow, most frequent first. The most-chosen wrong answer is marked.
 * `correctAnswers`: the key, plus any typed variants the grader accepted.
 */
export function answerCounts(options: readonly string[], correctAnswers: string | readonly string[], given: readonly string[]): AnswerCount[] {
  const right = new Set(typeof correctAnswers === "string" ? [correctAnswers] : correctAnswers);
  const counts = new Map<string, number>();
  for (const o of options) counts.set(o, 0);
  const extra: string[] = [];
  for (const g of given) {
    if (!counts.has(g)) {
      counts.set(g, 0);
      extra.push(g);
    }
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  extra.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  const list: AnswerCount[] = [...options, ...extra].map((answer) => ({
    answer,
    count: counts.get(answer) ?? 0,
    correct: right.has(answer),
    mostChosenWrong: false,
  }));
  let best: AnswerCount | undefined;
  for (const a of list) if (!a.correct && a.count > 0 && (!best || a.count > best.count)) best = a;
  if (best) best.mostChosenWrong = true;
  return list;
}

/**
 * Whether a question looks broken: students who did well overall missed it more often than those who did badly,
 * among at least MIN_STUDENTS_FOR_FLAGS students (fewer cannot tell a faulty question from one student's slip).
 */
export function looksBroken(discriminationIndex: number | null, students: number): boolean {
  return students >= MIN_STUDENTS_FOR_FLAGS && discriminationIndex !== null && discriminationIndex < 0;
}

/** Statistics for every question, from each student's responses. Total score = correct answers among `questions`. */
export function analyseItems(questions: readonly ItemQuestion[], students: readonly StudentResponses[]): ItemStats[] {
  const scored = students.map((s) => ({
    ...s,
    score: questions.filter((q) => s.responses[q.id]?.correct === true).length,
  }));
  const { upper, lower } = scoreGroups(scored);
  return questions.map((q) => {
    const isCorrect = (s: StudentResponses) => s.responses[q.id]?.correct === true;
    const given = students.flatMap((s) => {
      const r = s.responses[q.id];
      return r ? [r] : [];
    });
    const accepted = [q.correct, ...given.filter((r) => r.correct).map((r) => r.answer)];
    const disc = discrimination(upper.map(isCorrect), lower.map(isCorrect));
    return {
      questionId: q.id,
      students: students.length,
      answered: given.length,
      correct: students.filter(isCorrect).length,
      difficulty: difficulty(students.map(isCorrect)),
      discrimination: disc,
      groupSize: upper.length,
      answers: answerCounts(q.options, accepted, given.map((r) => r.answer)),
      unanswered: students.length - given.length,
      flagged: looksBroken(disc, students.length),
    };
  });
}
