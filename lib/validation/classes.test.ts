import { describe, expect, it } from "vitest";
import { CreateAssignmentSchema, JOIN_CODE_ALPHABET, JoinCodeSchema, makeJoinCode } from "./classes";

describe("join codes", () => {
  it("never use ambiguous characters", () => {
    for (const c of "0O1lIL") expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });
  it("are 7 characters from the alphabet", () => {
    let i = 0;
    const code = makeJoinCode((n) => i++ % n);
    expect(code).toBe("ABCDEFG");
    const random = makeJoinCode((n) => Math.floor(Math.random() * n));
    expect(random).toMatch(/^[A-HJKMNP-Z2-9]{7}$/);
  });
  it("accept what people type: lower case, spaces, dashes", () => {
    expect(JoinCodeSchema.parse(" k7q-m3xp ")).toBe("K7QM3XP");
  });
  it("reject codes with ambiguous or foreign characters, with a message", () => {
    const bad = JoinCodeSchema.safeParse("K0QM3XP");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toMatch(/class code/);
    expect(JoinCodeSchema.safeParse("").error?.issues[0].message).toBe("Enter the class code your teacher gave you.");
    expect(JoinCodeSchema.safeParse("ABC").success).toBe(false);
  });
});

describe("CreateAssignmentSchema", () => {
  const base = { classId: "c".repeat(20), setId: "s".repeat(20), attemptsAllowed: "2", mode: "test" };
  it("accepts a future due date and coerces attempts", () => {
    const due = new Date(Date.now() + 86_400_000).toISOString();
    const parsed = CreateAssignmentSchema.parse({ ...base, dueAt: due });
    expect(parsed.attemptsAllowed).toBe(2);
    expect(parsed.dueAt.toISOString()).toBe(due);
    expect(parsed.questionIds).toEqual([]);
  });
  it("rejects a past due date, a missing set and too many attempts with messages", () => {
    const r = CreateAssignmentSchema.safeParse({ ...base, setId: "", attemptsAllowed: "11", dueAt: "2001-01-01T00:00:00Z" });
    const messages = r.error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining(["setId: Choose an article to assign.", "dueAt: Pick a due date in the future.", "attemptsAllowed: Allow at most 10 attempts."]),
    );
  });
});
