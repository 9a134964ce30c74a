// Whether a session may decide (правомочность). R9 (3.7): the rule is a setting of the body.
import type { QuorumRuleKind } from "./quorum-rule-kinds";

export type QuorumRule =
  { kind: "each_side_half" } | { kind: "overall_majority" } | { kind: "overall_percent"; percent: number };

/** User ids. `present` may contain non-members (experts, observers): they never count (R9, R12). */
export interface SideRoll {
  sideId: number;
  members: readonly number[];
  present: readonly number[];
}

export interface SideQuorum {
  sideId: number;
  members: number;
  present: number;
  needed: number;
  meets: boolean;
}

export interface QuorumVerdict {
  quorate: boolean;
  rule: QuorumRule;
  /** Per side, in the given order. For "each_side_half" `needed` is per side; for the overall rules each side's
   * `needed` is 0 and `meets` true — the sides are shown, but the overall line decides. */
  sides: SideQuorum[];
  /** For "each_side_half" `needed` is the sum of the sides' numbers: the fewest people who can make a quorum. */
  overall: { members: number; present: number; needed: number };
  /** Why not quorate: the sides short of their number (sideId) or the overall shortfall (sideId null), with how
   * many more people are needed. Empty when quorate. */
  shortfalls: { sideId: number | null; missing: number }[];
}

function checkPercent(percent: number): void {
  // The body form takes a whole number from 1 to 100; anything else is a bug upstream, not a rule.
  if (!Number.isFinite(percent) || percent <= 0 || percent > 100) {
    throw new RangeError(`quorum percent must be in (0, 100], got ${percent}`);
  }
}

/** The fewest present people out of `members` that satisfy 100 × present ≥ percent × members. */
function neededForPercent(percent: number, members: number): number {
  const share = percent * members;
  let n = Math.ceil(share / 100);
  // Division may land a hair off an integer; settle on the number the inequality itself accepts.
  while (n > 0 && 100 * (n - 1) >= share) n--;
  while (100 * n < share) n++;
  return n;
}

export function judgeQuorum(rule: QuorumRule, rolls: readonly SideRoll[]): QuorumVerdict {
  if (rule.kind === "overall_percent") checkPercent(rule.percent);

  const allMembers = new Set<number>();
  const allPresent = new Set<number>();
  const counted = rolls.map((roll) => {
    // A Set both removes duplicated ids and lets experts in `present` fall away by membership.
    const members = new Set(roll.members);
    const present = new Set(roll.present.filter((id) => members.has(id)));
    members.forEach((id) => allMembers.add(id));
    present.forEach((id) => allPresent.add(id));
    return { sideId: roll.sideId, members: members.size, present: present.size };
  });
  // The overall line counts people, not seats: someone listed on two sides is one member.
  const members = allMembers.size;
  const present = allPresent.size;

  if (rule.kind === "each_side_half") {
    // R9 (3.7): at least half of the members of EACH side, 2 × present(side) ≥ members(side).
    const sides = counted.map((s): SideQuorum => {
      if (s.members === 0) {
        // 2 × 0 ≥ 0 would pass, yet a side with nobody seated cannot take part in a joint decision:
        // the session would decide for a party that is not there at all. Until someone is seated it falls short by one.
        return { ...s, needed: 1, meets: false };
      }
      return { ...s, needed: Math.ceil(s.members / 2), meets: 2 * s.present >= s.members };
    });
    const shortfalls: QuorumVerdict["shortfalls"] = sides
      .filter((s) => !s.meets)
      .map((s) => ({ sideId: s.sideId, missing: s.needed - s.present }));
    // A body without sides has no members at all, and such a body is never quorate.
    if (sides.length === 0) shortfalls.push({ sideId: null, missing: 1 });
    const needed = sides.length === 0 ? 1 : sides.reduce((sum, s) => sum + s.needed, 0);
    return { quorate: shortfalls.length === 0, rule, sides, overall: { members, present, needed }, shortfalls };
  }

  // overall_majority: 2 × present > members. overall_percent: 100 × present ≥ percent × members, and at least one
  // person present — so that an empty body (0 ≥ 0) is never quorate under either rule.
  const needed =
    rule.kind === "overall_majority"
      ? Math.floor(members / 2) + 1
      : Math.max(1, neededForPercent(rule.percent, members));
  const sides = counted.map((s): SideQuorum => ({ ...s, needed: 0, meets: true }));
  const quorate = present >= needed;
  return {
    quorate,
    rule,
    sides,
    overall: { members, present, needed },
    shortfalls: quorate ? [] : [{ sideId: null, missing: needed - present }],
  };
}

export function isQuorate(rule: QuorumRule, rolls: readonly SideRoll[]): boolean {
  return judgeQuorum(rule, rolls).quorate;
}

/** The rule as a body stores it (two columns) to the rule as the judge takes it. */
export function ruleOf(body: { quorumRule: QuorumRuleKind; quorumPercent: number | null }): QuorumRule {
  switch (body.quorumRule) {
    case "each_side_half":
      return { kind: "each_side_half" };
    case "overall_majority":
      return { kind: "overall_majority" };
    case "overall_percent":
      // The form requires a percentage for this rule; a body without one is corrupt, and guessing would misjudge sessions.
      if (body.quorumPercent === null) throw new RangeError("quorum rule overall_percent needs a percent");
      checkPercent(body.quorumPercent);
      return { kind: "overall_percent", percent: body.quorumPercent };
  }
}
