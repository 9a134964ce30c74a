import type { Services } from "../context";
import { materialCard } from "~/web/material-view.server";
import { mayActAsChairNow } from "../../db/commands/meetings/acting";
import { sidesOf } from "../../db/queries/bodies";
import { agendaOf, approvalsOf, materialsOf } from "../../db/queries/meetings";
import type { MeetingAccess } from "./access.server";
import { agendaApprovalState } from "../lib/agenda-approval";
import { can, canReadAgendaItem, canReadMaterial } from "../lib/policy";
import { materialsDeadline } from "../lib/zoned-time";

/**
 * Everything the agenda page shows one reader: the agenda as they may see it, who has approved it, the
 * materials per item as they may see them (R7: late ones only once accepted, except to their author and to
 * those who accept them), and the deadline in the body's timezone.
 */
export function agendaView(services: Services, { user, meeting, body, scope }: MeetingAccess) {
  const db = services.db;
  // R5: a deputy sees a co-chair's controls only while acting for the co-chair.
  const now = new Date();
  const actsAsChair = (sideId?: number) => mayActAsChairNow(db, user, { body, scope, meeting }, now, sideId);
  const canManage = can(user, "meeting.manage", scope) && actsAsChair();
  const canAcceptMaterial = can(user, "material.accept", scope) && actsAsChair();
  const items = agendaOf(db, meeting.id).filter((i) => canReadAgendaItem(user, scope, i));
  const sides = sidesOf(db, body.id);
  const approvals = approvalsOf(db, meeting.id);
  const state = agendaApprovalState(
    sides.map((s) => s.id),
    meeting.agendaVersion,
    approvals,
  );
  const deadline = materialsDeadline(meeting.startsAt, body.timezone, body.materialsDeadlineDays);
  const materials = materialsOf(db, meeting.id).filter((m) => canReadMaterial(user, scope, m));
  return {
    version: meeting.agendaVersion,
    deadline: { lastDay: deadline.lastDay, endsAt: deadline.endsAt, passed: deadline.endsAt.getTime() <= Date.now() },
    items: items.map((item) => ({
      ...item,
      mine: item.proposedById === user.id,
      materials: materials
        .filter((m) => m.agendaItemId === item.id)
        .map((m) => ({ ...materialCard(m), mine: m.submittedById === user.id })),
    })),
    approval: {
      approved: state.approved,
      sides: sides.map((side) => {
        const entry = state.bySide.find((b) => b.sideId === side.id)!;
        const current =
          entry.approval && approvals.find((a) => a.sideId === side.id && a.version === meeting.agendaVersion);
        const stale = entry.stale && approvals.find((a) => a.sideId === side.id && a.version === entry.stale!.version);
        return {
          sideId: side.id,
          name: side.name,
          approvedBy: current
            ? { name: current.approverName, capacity: current.capacity, at: current.approvedAt }
            : null,
          staleBy: !current && stale ? { name: stale.approverName, version: stale.version } : null,
          canApprove: !current && can(user, "agenda.approve", { ...scope, sideId: side.id }) && actsAsChair(side.id),
        };
      }),
    },
    can: {
      manage: canManage,
      propose: can(user, "agenda.propose", scope),
      submitMaterial: can(user, "material.submit", scope),
      acceptMaterial: canAcceptMaterial,
    },
  };
}
export type AgendaView = ReturnType<typeof agendaView>;
