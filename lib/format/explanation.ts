/**
 * The explanation without its verbatim quote of the evidence ("The article says: “…”"), which is shown just
 * below it as the highlighted evidence sentence. An explanation that does not quote the evidence is kept whole.
 */
export function explanationWithoutQuote(explanation: string, evidence: string): string {
  const at = evidence ? explanation.indexOf(evidence) : -1;
  if (at < 0) return explanation;
  const before = explanation
    .slice(0, at)
    .replace(/(the article says|according to the article)?\s*:?\s*[“"‘']?\s*$/i, "")
    .trim();
  const after = explanation.slice(at + evidence.length).replace(/^\s*[”"’']/, "").trim();
  return [before, after].filter((part) => part && !/^[\s.,;:!?”"’']+$/.test(part)).join(" ");
}
