import { describe, expect, it } from "vitest";
import { isQuorate, judgeQuorum, ruleOf, type QuorumRule, type SideRoll } from "~/lib/quorum";

const RU = 1;
const KZ = 2;
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
// The demo group: 9 members on the Russian side (ids 101–109), 8 on the Kazakh side (ids 201–208).
const ruMembers = range(101, 9);
const kzMembers = range(201, 8);
const roll = (sideId: number, members: number[], presentCount: number, extra: number[] = []): SideRoll => ({
  sideId,
  members,
  present: [...members.slice(0, presentCount), ...extra],
});

const perSide: QuorumRule = { kind: "each_side_half" };
const majority: QuorumRule = { kind: "overall_majority" };
const percent = (p: number): QuorumRule => ({ kind: "overall_percent", percent: p });

describe("R9 (3.7): at least half of the members of EACH side are present", () => {
  it("5 of 9 Russian and 4 of 8 Kazakh members make a quorum", () => {
    const verdict = judgeQuorum(perSide, [roll(RU, ruMembers, 5), roll(KZ, kzMembers, 4)]);
    expect(verdict.quorate).toBe(true);
    expect(verdict.sides).toEqual([
      { sideId: RU, members: 9, present: 5, needed: 5, meets: true },
      { sideId: KZ, members: 8, present: 4, needed: 4, meets: true },
    ]);
    expect(verdict.overall).toEqual({ members: 17, present: 9, needed: 9 });
    expect(verdict.shortfalls).toEqual([]);
  });

  it("exactly half of an even side is enough: 4 of 8", () => {
    expect(judgeQuorum(perSide, [roll(KZ, kzMembers, 4)]).sides[0].meets).toBe(true);
  });

  it("half of an odd side rounds up: 4 of 9 is not enough, 5 of 9 is", () => {
    expect(judgeQuorum(perSide, [roll(RU, ruMembers, 4)]).sides[0]).toMatchObject({ needed: 5, meets: false });
    expect(judgeQuorum(perSide, [roll(RU, ruMembers, 5)]).sides[0]).toMatchObject({ needed: 5, meets: true });
  });

  it("one side short by one spoils the quorum however full the other side is", () => {
    const verdict = judgeQuorum(perSide, [roll(RU, ruMembers, 9), roll(KZ, kzMembers, 3)]);
    expect(verdict.quorate).toBe(false);
    expect(verdict.shortfalls).toEqual([{ sideId: KZ, missing: 1 }]);
  });

  it("the shortfalls name every side that is short, in order, with how many more are needed", () => {
    const verdict = judgeQuorum(perSide, [roll(RU, ruMembers, 2), roll(KZ, kzMembers, 1)]);
    expect(verdict.shortfalls).toEqual([
      { sideId: RU, missing: 3 },
      { sideId: KZ, missing: 3 },
    ]);
  });

  it("a side with nobody seated cannot be represented, so it never meets the rule", () => {
    const verdict = judgeQuorum(perSide, [roll(RU, ruMembers, 9), { sideId: KZ, members: [], present: [] }]);
    expect(verdict.quorate).toBe(false);
    expect(verdict.sides[1]).toEqual({ sideId: KZ, members: 0, present: 0, needed: 1, meets: false });
    expect(verdict.shortfalls).toEqual([{ sideId: KZ, missing: 1 }]);
  });
});

describe("who counts as present", () => {
  it("experts and observers in the room do not count (R9, R12)", () => {
    const experts = [901, 902, 903];
    const verdict = judgeQuorum(perSide, [roll(RU, ruMembers, 4, experts), roll(KZ, kzMembers, 4)]);
    expect(verdict.sides[0]).toMatchObject({ present: 4, meets: false });
    expect(verdict.overall.present).toBe(8);
  });

  it("presence by videoconference counts (3.8): the caller passes both kinds together", () => {
    const inRoom = ruMembers.slice(0, 3);
    const byVideo = ruMembers.slice(3, 5);
    expect(judgeQuorum(perSide, [{ sideId: RU, members: ruMembers, present: [...inRoom, ...byVideo] }]).quorate).toBe(
      true,
    );
  });

  it("a person listed twice counts once, among the members and among the present", () => {
    const twice = { sideId: KZ, members: [...kzMembers, 201, 202], present: [201, 201, 202, 202, 203] };
    expect(judgeQuorum(perSide, [twice]).sides[0]).toMatchObject({ members: 8, present: 3, meets: false });
  });
});

describe("other bodies: an overall simple majority", () => {
  const tenMembers = range(1, 10);

  it("5 of 10 is not a majority, 6 of 10 is", () => {
    expect(judgeQuorum(majority, [roll(RU, tenMembers, 5)])).toMatchObject({
      quorate: false,
      overall: { members: 10, present: 5, needed: 6 },
      shortfalls: [{ sideId: null, missing: 1 }],
    });
    expect(isQuorate(majority, [roll(RU, tenMembers, 6)])).toBe(true);
  });

  it("sides are shown but do not decide: an empty side does not stop an overall majority", () => {
    const verdict = judgeQuorum(majority, [roll(RU, ruMembers, 9), roll(KZ, kzMembers, 0)]);
    expect(verdict.quorate).toBe(true);
    expect(verdict.sides).toEqual([
      { sideId: RU, members: 9, present: 9, needed: 0, meets: true },
      { sideId: KZ, members: 8, present: 0, needed: 0, meets: true },
    ]);
  });
});

describe("other bodies: at least N% of all members", () => {
  const three = range(1, 3);

  it("2 of 3 is 66.7%: enough for 66%, not for 67%", () => {
    expect(judgeQuorum(percent(66), [roll(RU, three, 2)])).toMatchObject({ quorate: true, overall: { needed: 2 } });
    expect(judgeQuorum(percent(67), [roll(RU, three, 2)])).toMatchObject({
      quorate: false,
      overall: { needed: 3 },
      shortfalls: [{ sideId: null, missing: 1 }],
    });
  });

  it("the percentage is a floor that may be met exactly: 50% of 10 is 5", () => {
    expect(isQuorate(percent(50), [roll(RU, range(1, 10), 5)])).toBe(true);
    expect(isQuorate(percent(50), [roll(RU, range(1, 10), 4)])).toBe(false);
  });

  it("at least one person must be present, however low the percentage", () => {
    expect(judgeQuorum(percent(1), [roll(RU, three, 0)])).toMatchObject({ quorate: false, overall: { needed: 1 } });
  });

  it("a percentage outside 1–100 is refused rather than guessed", () => {
    expect(() => judgeQuorum(percent(0), [roll(RU, three, 3)])).toThrow(RangeError);
    expect(() => judgeQuorum(percent(101), [roll(RU, three, 3)])).toThrow(RangeError);
  });
});

describe("a body with no members at all is never quorate", () => {
  it("under every rule", () => {
    const empty: SideRoll[] = [{ sideId: RU, members: [], present: [901] }];
    for (const rule of [perSide, majority, percent(50)]) {
      expect(judgeQuorum(rule, empty).quorate).toBe(false);
      expect(judgeQuorum(rule, []).quorate).toBe(false);
    }
    expect(judgeQuorum(perSide, []).shortfalls).toEqual([{ sideId: null, missing: 1 }]);
  });
});

describe("the rule as a body stores it", () => {
  it("turns the two columns into a rule", () => {
    expect(ruleOf({ quorumRule: "each_side_half", quorumPercent: null })).toEqual(perSide);
    expect(ruleOf({ quorumRule: "overall_majority", quorumPercent: 40 })).toEqual(majority);
    expect(ruleOf({ quorumRule: "overall_percent", quorumPercent: 67 })).toEqual(percent(67));
  });

  it("a percent rule without a percent is refused", () => {
    expect(() => ruleOf({ quorumRule: "overall_percent", quorumPercent: null })).toThrow(RangeError);
  });
});
