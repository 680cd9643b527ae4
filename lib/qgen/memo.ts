/**
 * Memo tables that live for one generation only. generateQuestionSet opens a run for its body (and
 * validateQuestion does when called on its own, as the teacher's editor and the tests call it); what is worked
 * out about that body and its strings is kept on the run, and dropped when the call that opened it returns.
 * A second generation of the same text therefore redoes all of its work: nothing about a text outlives the
 * call that read it. Everything here is synchronous, so one open run at a time is enough.
 *
 * What stays for the process is constant data looked up by one word or name: compromise's verb forms and name
 * kinds (compromise.ts), number words (numbers.ts) and place levels (lexicon.ts) say what a word is, not what an
 * article says.
 */
export class Run {
  /** eventWords results */
  readonly events = new Map<string, string[]>();
  /** links.ts's word indexes, by the text indexed (the body, and the simplified sentences read as a text) */
  readonly wordIndexes = new Map<string, unknown>();
  /** memoised: one table per function */
  readonly tables = new Map<(key: string) => unknown, Map<string, unknown>>();
  constructor(readonly body: string) {}
}

let active: Run | null = null;

/** The open run: any, or only one for `body`. */
export function currentRun(body?: string): Run | null {
  if (active === null) return null;
  return body === undefined || active.body === body ? active : null;
}

/** fn(key), remembered for the open run (computed afresh when none is open). fn is a pure function of key. */
export function memoised<V>(fn: (key: string) => V, key: string): V {
  if (active === null) return fn(key);
  let table = active.tables.get(fn) as Map<string, V> | undefined;
  if (table === undefined) {
    table = new Map();
    active.tables.set(fn, table);
  }
  let v = table.get(key);
  if (v === undefined) {
    v = fn(key);
    table.set(key, v);
  }
  return v;
}

/** Calls fn inside a run for body: the open one when it is for the same body, else a new one closed afterwards. */
export function withRun<T>(body: string, fn: () => T): T {
  if (active !== null && active.body === body) return fn();
  const prev = active;
  active = new Run(body);
  try {
    return fn();
  } finally {
    active = prev;
  }
}
