import { describe, expect, it } from "vitest";
import { ProfileSchema, SignUpSchema } from "./auth";
import { ClassNameSchema } from "./classes";
import { ArticleDetailsSchema, TagsSchema } from "./teacher-article";
import { cleanExternalName, normaliseText, textProblem } from "./text";

const message = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? null : r.error!.issues[0].message);

describe("names and titles (issue 16, item 15)", () => {
  it("are stored normalised: NFC, whitespace collapsed, trimmed (invisible ends too)", () => {
    expect(normaliseText("  Ana \t\n  Lucía  ")).toBe("Ana Lucía");
    expect(normaliseText("Jose\u0301")).toBe("José");
    expect(normaliseText("Ana\u00A0\u00A0Bell")).toBe("Ana Bell");
    expect(normaliseText("\u200BAna\uFEFF")).toBe("Ana");
    expect(ClassNameSchema.parse("  Year\u00A09   English ")).toBe("Year 9 English");
    expect(ProfileSchema.parse({ name: " Zoë\u2028Ng ", role: "student" }).name).toBe("Zoë Ng");
  });

  it("refuse a name of only invisible characters, with a message", () => {
    for (const invisible of ["\u200B", "\u200B\u200C\u200D", "\uFEFF\u2060", "\u3164", "\u2800\u2800", "\u00AD", "\u0301"]) {
      expect(message(ClassNameSchema.safeParse(invisible)), JSON.stringify(invisible)).toMatch(/only invisible characters/);
    }
    expect(message(ProfileSchema.safeParse({ name: " \u200B ", role: "student" }))).toBe("Use visible letters, numbers or symbols: your name has only invisible characters.");
    // Blank is still "enter a name".
    expect(message(ClassNameSchema.safeParse("   "))).toBe("Give the class a name.");
  });

  it("refuse NUL, control characters and direction overrides, with a message", () => {
    for (const bad of ["Ana\u0000", "Ana\u0007Bell", "Ana\u009BBell", "Ana\u001B[31m"]) {
      expect(message(SignUpSchema.safeParse({ name: bad, email: "a@example.com", password: "violet-harbour-lantern", role: "student" }))).toMatch(/control characters/);
    }
    for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(message(ClassNameSchema.safeParse(`Year 9${String.fromCodePoint(cp)}gnp.exe`))).toMatch(/text-direction override/);
    }
    const details = { title: "Trip\u202Ereport", source: "", level: "Beginner", tags: "", visibility: "private" };
    expect(message(ArticleDetailsSchema.safeParse(details))).toMatch(/from the title/);
    expect(message(ArticleDetailsSchema.safeParse({ ...details, title: "Trip report", source: "BBC\u0000" }))).toMatch(/from the source/);
    expect(message(TagsSchema.safeParse("history, euro\u2066pe"))).toMatch(/from a tag/);
  });

  it("keep what real names need: accents, other scripts, joiners inside, direction marks", () => {
    for (const fine of ["Zoë O'Brien-Núñez", "محمد", "王小明", "नमस्ते", "می‌خواهم", "👩‍💻 Coders", "Ана\u200FBell"]) {
      expect(textProblem(normaliseText(fine), "this name"), fine).toBeNull();
      expect(ClassNameSchema.safeParse(fine).success, fine).toBe(true);
    }
  });

  it("count the length after normalising", () => {
    expect(ClassNameSchema.safeParse(`${"a".repeat(80)}   `).success).toBe(true);
    expect(message(ClassNameSchema.safeParse("a".repeat(81)))).toMatch(/under 80/);
  });

  it("clean names that come from GitHub or Google instead of refusing the sign-in", () => {
    expect(cleanExternalName("  Eve\u202Egnp.exe ")).toBe("Evegnp.exe");
    expect(cleanExternalName("Ana\u0000Bell")).toBe("Ana Bell");
    expect(cleanExternalName("\u200B\u200B")).toBeNull();
    expect(cleanExternalName(null)).toBeNull();
    expect(cleanExternalName("x".repeat(300))).toHaveLength(80);
  });
});
