import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from "ts-fsrs";

/**
 * The scheduler state of one question for one student, as stored in ReviewCard (camelCase twin of ts-fsrs's Card).
 */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/**
 * FSRS with one learning step of an hour: a missed question comes back the same day, an hour later (a reading
 * question is not a vocabulary card to drill minutes apart, but a student who missed 25 questions should have
 * something to review before tomorrow); once answered right it goes on the schedule of whole days. A question right
 * on first sight is due in a few days; a learned question missed again relearns the same way. Fuzz spreads cards
 * answered together over neighbouring days, which keeps review days even.
 */
export const LEARNING_STEP = "1h";
const scheduler = fsrs(
  generatorParameters({ enable_short_term: true, learning_steps: [LEARNING_STEP], relearning_steps: [LEARNING_STEP], enable_fuzz: true, request_retention: 0.9, maximum_interval: 365 }),
);

/** FSRS states of a card in a learning step: due at an hour, not on a day. */
export const LEARNING_STATES: ReadonlySet<number> = new Set([1, 3]);

function toCard(s: CardState): Card {
  return {
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    last_review: s.lastReview ?? undefined,
  };
}

function fromCard(c: Card): CardState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

/** A card never reviewed. */
export function newCard(at: Date): CardState {
  return fromCard(createEmptyCard(at));
}

/**
 * The card after one answer: right → Good, wrong → Again. `card` null means the question's first answer.
 * A review dated before the card's last review (a clock set back) is taken as happening at that last review,
 * so the scheduler never sees negative elapsed time.
 */
export function reviewCard(card: CardState | null, correct: boolean, at: Date): CardState {
  const current = card ?? newCard(at);
  const when = current.lastReview && current.lastReview.getTime() > at.getTime() ? current.lastReview : at;
  const next = scheduler.next(toCard(current), when, correct ? Rating.Good : Rating.Again);
  return fromCard(next.card);
}
