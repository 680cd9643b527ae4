/**
 * A review batch as Markdown: the rubric, the answer format, then each text in full and its items. Nothing in it
 * says which generator, list, position or score an item came from.
 */
import type { EvalItem } from "./data";

export const RUBRIC = `An item is acceptable when a teacher would give it to a class unedited:
1. grammatical and unambiguous, readable on its own (nothing in it points to something it does not name);
2. answerable from the article alone;
3. the marked answer is correct according to the article;
4. exactly one option is correct, no other defensible;
5. wrong options are plausible and of the same kind as the answer;
6. it asks something worth knowing, not a trivial word match (a copied sentence marked True, a blank in a copied
   sentence, a detail that does not matter to the text).`;

export function answerFormat(batch: string): string {
  return [
    `Write \`${batch}.verdicts.jsonl\` in the same folder, one JSON line per item in the order given, \`{"item": label, "verdict": …, "rule": first rule broken or null, "note": "one short reason"}\`; judge each item on its own, strictly, as a teacher would.`,
    "",
    '`verdict` is `"acceptable"` or `"unacceptable"`; `rule` is `null` for an acceptable item and the number (1–6) of the first rule broken for an unacceptable one. For example:',
    "",
    "```",
    `{"item": "some-text#1", "verdict": "acceptable", "rule": null, "note": "clear, and the answer is in paragraph 2"}`,
    `{"item": "some-text#2", "verdict": "unacceptable", "rule": 4, "note": "option C is also defensible"}`,
    "```",
  ].join("\n");
}

/** A, B, … Z, AA, AB … */
export function letter(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One line: runs of white space (a line break in a prompt) become one space. */
function line(s: unknown): string {
  return String(s).replace(/\s+/g, " ").trim();
}

function answers(a: string | string[]): string[] {
  return Array.isArray(a) ? a.map(String) : [String(a)];
}

export function renderItem(label: string, item: EvalItem): string {
  const out = [`### ${label}`, "", `**Question:** ${line(item.prompt)}`, ""];
  const choices = item.choices ?? [];
  if (item.type === "matching" && item.items) {
    const left = item.items;
    const right = choices;
    out.push("Left column:", "");
    left.forEach((x, i) => out.push(`${i + 1}. ${line(x)}`));
    out.push("", "Right column:", "");
    right.forEach((x, i) => out.push(`- ${letter(i)}. ${line(x)}`));
    out.push("", "**Marked answer (keyed pairs):**", "");
    const keyed = answers(item.answer);
    left.forEach((x, i) => {
      const j = right.indexOf(keyed[i]);
      out.push(`- ${i + 1}. ${line(x)} → ${j >= 0 ? `${letter(j)}. ` : ""}${line(keyed[i] ?? "(none)")}`);
    });
  } else if (item.type === "true_false") {
    out.push("Options: True / False", "", `**Marked answer:** ${line(item.answer)}`);
  } else if (choices.length > 0) {
    out.push("Options:", "");
    choices.forEach((x, i) => out.push(`- ${letter(i)}. ${line(x)}`));
    const a = line(item.answer);
    const j = choices.findIndex((c) => line(c) === a);
    out.push("", `**Marked answer:** ${j >= 0 ? `${letter(j)}. ` : ""}${a}`);
  } else {
    const accepted = [...answers(item.answer), ...(item.accept ?? [])].map(line);
    const distinct = accepted.filter((x, i) => accepted.indexOf(x) === i);
    out.push("The student types the answer.", "", `Accepted answers: ${distinct.join(" | ")}`, "", `**Marked answer:** ${answers(item.answer).map(line).join(" | ")}`);
  }
  out.push("", `**Explanation shown to the student after answering:** ${line(item.explanation)}`);
  return out.join("\n");
}

export interface RenderText {
  id: string;
  title: string;
  /** Paragraphs separated by one blank line. */
  body: string;
  items: { label: string; item: EvalItem }[];
}

export function renderBatch(batch: string, texts: RenderText[]): string {
  const n = texts.reduce((s, t) => s + t.items.length, 0);
  const parts = [
    `# Question review: ${batch}`,
    "",
    `${n} item${n === 1 ? "" : "s"} on ${texts.length} text${texts.length === 1 ? "" : "s"}. Read each text, then judge each of its items against the rubric.`,
    "",
    "## Rubric",
    "",
    RUBRIC,
    "",
    "## Answer format",
    "",
    answerFormat(batch),
  ];
  for (const t of texts) {
    parts.push("", "---", "", `## Text ${t.id}`, "", `Title: ${line(t.title)}`, "", t.body, "", `## Items on ${t.id}`);
    for (const it of t.items) parts.push("", renderItem(it.label, it.item));
  }
  return parts.join("\n") + "\n";
}
