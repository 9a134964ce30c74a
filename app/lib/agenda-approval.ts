// Joint approval of a session's agenda by every side (R2, 3.2 б), with the deputy acting for an absent co-chair (R5).

export interface AgendaApproval {
  sideId: number;
  version: number;
  approvedById: number;
  capacity: "co_chair" | "deputy";
  approvedAt: Date;
}

export interface AgendaApprovalState {
  /** every side has an approval of the current version */
  approved: boolean;
  version: number;
  /** stale: that side's latest approval of an earlier version (kept even when the current one is approved too) */
  bySide: { sideId: number; approval: AgendaApproval | null; stale: AgendaApproval | null }[];
  /** side ids still to approve the current version, in the given order */
  waitingFor: number[];
}

/** The later of two approvals: by version, then by time. */
function later(a: AgendaApproval | null, b: AgendaApproval): AgendaApproval {
  if (a === null) return b;
  if (b.version !== a.version) return b.version > a.version ? b : a;
  return b.approvedAt.getTime() > a.approvedAt.getTime() ? b : a;
}

/** R2 (3.2 б): the agenda is approved jointly, by the co-chair (or acting deputy, R5) of every side; any change after
 * an approval needs approval again (the version moves on). */
export function agendaApprovalState(
  sideIds: readonly number[],
  currentVersion: number,
  approvals: readonly AgendaApproval[],
): AgendaApprovalState {
  const bySide = sideIds.map((sideId) => {
    let approval: AgendaApproval | null = null;
    let stale: AgendaApproval | null = null;
    for (const a of approvals) {
      if (a.sideId !== sideId) continue;
      if (a.version === currentVersion) approval = later(approval, a);
      else if (a.version < currentVersion) stale = later(stale, a);
      // An approval of a version after the current one cannot be of this agenda; it is ignored.
    }
    return { sideId, approval, stale };
  });
  const waitingFor = bySide.filter((s) => s.approval === null).map((s) => s.sideId);
  // No sides means no one to approve jointly: an agenda is never approved by default.
  return { approved: sideIds.length > 0 && waitingFor.length === 0, version: currentVersion, bySide, waitingFor };
}

export type ApprovalRefusal = "agenda.alreadyApprovedBySide" | "agenda.emptyAgenda" | "agenda.notYourSide";

/** Whether this side may approve now: refuses a second approval of the same version by the same side, an empty agenda,
 * and an approver who does not act for that side. */
export function approvalRefusal(input: {
  sideId: number;
  /** the sides the approver acts for now (as co-chair or acting deputy, see acting-chair.ts) */
  approverSideIds: readonly number[];
  currentVersion: number;
  acceptedItems: number;
  approvals: readonly AgendaApproval[];
}): ApprovalRefusal | null {
  // Who may act is checked first, so that a stranger learns nothing about the agenda's state.
  if (!input.approverSideIds.includes(input.sideId)) return "agenda.notYourSide";
  if (input.acceptedItems <= 0) return "agenda.emptyAgenda";
  if (input.approvals.some((a) => a.sideId === input.sideId && a.version === input.currentVersion))
    return "agenda.alreadyApprovedBySide";
  return null;
}
