import { describe, expect, it } from "vitest";
import { canonicalJson, itemHash } from "./hash";

describe("canonicalJson", () => {
  it("sorts keys at every depth, keeps array order and leaves out undefined fields", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: "x" }, e: undefined })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
    expect(canonicalJson({ a: "é“”\n" })).toBe('{"a":"é“”\\n"}');
  });
});

describe("itemHash", () => {
  const mc = { type: "multiple_choice", prompt: "Where?", choices: ["Lisbon", "Porto"], answer: "Lisbon" };

  it("is the first 12 hex digits of SHA-256 of the canonical JSON of {text, type, prompt, choices, items, answer}", () => {
    // printf '%s' '{"answer":"Lisbon","choices":["Lisbon","Porto"],"prompt":"Where?","text":"news-a","type":"multiple_choice"}' | sha256sum
    expect(itemHash("news-a", mc)).toBe("0bce908f7837");
    // printf '%s' '{"answer":["b","a"],"choices":["a","b"],"items":["x","y"],"prompt":"Match","text":"news-a","type":"matching"}' | sha256sum
    expect(itemHash("news-a", { type: "matching", prompt: "Match", items: ["x", "y"], choices: ["a", "b"], answer: ["b", "a"] })).toBe("ee9e3f35a318");
  });

  it("does not depend on key order, evidence, explanation or accepted forms", () => {
    const reordered = { answer: "Lisbon", choices: ["Lisbon", "Porto"], prompt: "Where?", type: "multiple_choice" };
    const withExtras = { ...mc, accept: ["lisbon"], evidence: { text: "x", start: 0, end: 1 }, explanation: "Because." };
    expect(itemHash("news-a", reordered)).toBe("0bce908f7837");
    expect(itemHash("news-a", withExtras)).toBe("0bce908f7837");
  });

  it("changes with the text, the options' order and the answer", () => {
    const base = itemHash("news-a", mc);
    expect(itemHash("news-b", mc)).not.toBe(base);
    expect(itemHash("news-a", { ...mc, choices: ["Porto", "Lisbon"] })).not.toBe(base);
    expect(itemHash("news-a", { ...mc, answer: "Porto" })).not.toBe(base);
  });
});
