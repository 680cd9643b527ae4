import { describe, expect, it } from "vitest";
import { explanationWithoutQuote } from "./explanation";

describe("explanationWithoutQuote", () => {
  const evidence = "Talks lasted 14 hours.";
  it("drops the verbatim quote of the evidence, keeping what the explanation adds", () => {
    expect(explanationWithoutQuote(`The article gives 14, not 12. The article says: “${evidence}”`, evidence)).toBe("The article gives 14, not 12.");
    expect(explanationWithoutQuote(`True. The article says: “${evidence}”`, evidence)).toBe("True.");
    expect(explanationWithoutQuote(`The article says: “${evidence}”`, evidence)).toBe("");
    expect(explanationWithoutQuote(`“${evidence}” That is why.`, evidence)).toBe("That is why.");
  });
  it("keeps an explanation that does not quote the evidence", () => {
    expect(explanationWithoutQuote("Russia: “strikes”; Trump: “settlement”.", evidence)).toBe("Russia: “strikes”; Trump: “settlement”.");
    expect(explanationWithoutQuote("Anything.", "")).toBe("Anything.");
  });
});
