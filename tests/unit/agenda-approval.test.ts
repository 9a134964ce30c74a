import { describe, expect, it } from "vitest";
import { agendaApprovalState, approvalRefusal, type AgendaApproval } from "~/lib/agenda-approval";

const RU = 1;
const KZ = 2;
const sides = [RU, KZ];
const RU_CO_CHAIR = 11;
const KZ_DEPUTY = 22;
const approval = (
  sideId: number,
  version: number,
  day: number,
  approvedById = sideId === RU ? RU_CO_CHAIR : KZ_DEPUTY,
): AgendaApproval => ({
  sideId,
  version,
  approvedById,
  capacity: approvedById === KZ_DEPUTY ? "deputy" : "co_chair",
  approvedAt: new Date(`2026-11-${String(day).padStart(2, "0")}T10:00:00Z`),
});

describe("R2 (3.2 б): the agenda is approved jointly, by every side", () => {
  it("one side's approval is not enough: the agenda waits for the other side", () => {
    const state = agendaApprovalState(sides, 1, [approval(RU, 1, 10)]);
    expect(state.approved).toBe(false);
    expect(state.waitingFor).toEqual([KZ]);
    expect(state.bySide).toEqual([
      { sideId: RU, approval: approval(RU, 1, 10), stale: null },
      { sideId: KZ, approval: null, stale: null },
    ]);
  });

  it("with both sides' approvals of the current version the agenda is approved", () => {
    const state = agendaApprovalState(sides, 1, [approval(RU, 1, 10), approval(KZ, 1, 11)]);
    expect(state).toMatchObject({ approved: true, version: 1, waitingFor: [] });
  });

  it("R5: the deputy acting for the co-chair approves for the side", () => {
    const state = agendaApprovalState(sides, 1, [approval(RU, 1, 10), approval(KZ, 1, 11, KZ_DEPUTY)]);
    expect(state.approved).toBe(true);
    expect(state.bySide[1].approval).toMatchObject({ approvedById: KZ_DEPUTY, capacity: "deputy" });
  });

  it("a change after approval moves the version on: both approvals go stale and both sides must approve again", () => {
    const state = agendaApprovalState(sides, 2, [approval(RU, 1, 10), approval(KZ, 1, 11)]);
    expect(state.approved).toBe(false);
    expect(state.waitingFor).toEqual([RU, KZ]);
    expect(state.bySide.map((s) => [s.approval, s.stale?.version])).toEqual([
      [null, 1],
      [null, 1],
    ]);
  });

  it("the stale approval shown is the side's latest of an earlier version", () => {
    const state = agendaApprovalState(sides, 3, [approval(RU, 2, 12), approval(RU, 1, 10)]);
    expect(state.bySide[0].stale).toEqual(approval(RU, 2, 12));
  });

  it("approvals of other bodies' sides do not count", () => {
    expect(agendaApprovalState([RU], 1, [approval(KZ, 1, 10)]).approved).toBe(false);
  });

  it("a body without sides never has an approved agenda", () => {
    expect(agendaApprovalState([], 1, []).approved).toBe(false);
  });
});

describe("when a side may approve", () => {
  const base = {
    sideId: KZ,
    approverSideIds: [KZ],
    currentVersion: 1,
    acceptedItems: 3,
    approvals: [approval(RU, 1, 10)],
  };

  it("the side's acting chair may approve an agenda with items that the side has not yet approved", () => {
    expect(approvalRefusal(base)).toBeNull();
  });

  it("a second approval of the same version by the same side is refused", () => {
    expect(approvalRefusal({ ...base, approvals: [...base.approvals, approval(KZ, 1, 11)] })).toBe(
      "agenda.alreadyApprovedBySide",
    );
  });

  it("after a change the side may approve again", () => {
    expect(
      approvalRefusal({ ...base, currentVersion: 2, approvals: [approval(RU, 1, 10), approval(KZ, 1, 11)] }),
    ).toBeNull();
  });

  it("an agenda without accepted items cannot be approved", () => {
    expect(approvalRefusal({ ...base, acceptedItems: 0 })).toBe("agenda.emptyAgenda");
  });

  it("a co-chair cannot approve for the other side", () => {
    expect(approvalRefusal({ ...base, approverSideIds: [RU] })).toBe("agenda.notYourSide");
    expect(approvalRefusal({ ...base, approverSideIds: [] })).toBe("agenda.notYourSide");
  });
});
