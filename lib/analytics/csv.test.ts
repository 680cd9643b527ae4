import { describe, expect, it } from "vitest";
import { fileSlug, neutraliseFormula, toCsv } from "./csv";

describe("neutraliseFormula", () => {
  it("prefixes cells a spreadsheet would run", () => {
    for (const v of ["=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx"]) expect(neutraliseFormula(v)).toBe(`'${v}`);
  });
  it("leaves ordinary text alone", () => {
    expect(neutraliseFormula("Ana Silva")).toBe("Ana Silva");
    expect(neutraliseFormula("a=b")).toBe("a=b");
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and new lines, and neutralises text formulas but not numbers", () => {
    const csv = toCsv(["name", "score", "note"], [["=HYPERLINK(\"x\")", -0.5, 'said "hi", then\nleft'], ["Bo", 3, true]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    expect(csv.slice(1)).toBe('name,score,note\r\n"\'=HYPERLINK(""x"")",-0.5,"said ""hi"", then\nleft"\r\nBo,3,yes\r\n');
  });
  it("writes empty cells for null", () => {
    expect(toCsv(["a", "b"], [[null, undefined]]).slice(1)).toBe("a,b\r\n,\r\n");
  });
});

describe("fileSlug", () => {
  it("keeps letters and digits", () => {
    expect(fileSlug("Year 9 — English (B)")).toBe("year-9-english-b");
    expect(fileSlug("!!!")).toBe("export");
  });
});
