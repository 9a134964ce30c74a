import { type Services } from "~/context";
import { materialCard } from "~/web/material-view.server";
import { actingChair } from "~/lib/acting-chair";
import { type MeetingAccess } from "~/web/access.server";
import { can, canReadMaterial } from "~/lib/policy";
import { ruleOf } from "~/lib/quorum";
import {
  agendaOf,
  attendanceOf,
  guestsOf,
  materialsOf,
  opinionsOf,
  quorumOfRoll,
  rollOf,
} from "../../db/queries/meetings";
import { rollAndQuorumOf } from "../../db/queries/meeting-rolls";
import { mayActAsChairNow } from "../../db/commands/meetings/acting";

/**
 * Everything the live page shows one reader, as it stands now: the current item with its materials and the
 * written opinions to read out, the quorum (R9) and why it is missing, who chairs for each side (R5), the
 * roll with RSVP answers, the guests (never counted), and what this reader may do.
 */
export function liveView(services: Services, { user, meeting, body, scope }: MeetingAccess) {
  const db = services.db;
  // R9: a completed meeting shows the roll and quorum stored when it closed.
  const { roll, quorum: verdict, stored } = rollAndQuorumOf(db, meeting, body);
  const marks = attendanceOf(db, meeting.id);
  const present = new Set(marks.map((m) => m.userId));
  const presenceOf = (userId: number) => marks.find((m) => m.userId === userId)?.presence ?? null;
  const rule = verdict.rule;
  const sideName = (sideId: number | null) => roll.find((r) => r.side.id === sideId)?.side.name ?? "";
  const nameOf = (userId: number | null) => roll.flatMap((r) => r.seats).find((s) => s.userId === userId)?.name ?? null;

  const sides = roll.map(({ side, seats }) => {
    const quorum = verdict.sides.find((s) => s.sideId === side.id)!;
    const coChair = seats.find((s) => s.role === "co_chair") ?? null;
    const deputy = seats.find((s) => s.role === "deputy") ?? null;
    // R5 (3.3, 3.6): the co-chair if present, else the present deputy acts with the co-chair's powers.
    const acting = actingChair(
      { sideId: side.id, coChairId: coChair?.userId ?? null, deputyId: deputy?.userId ?? null },
      present,
    );
    return {
      id: side.id,
      name: side.name,
      quorum: { ...quorum, missing: quorum.meets ? 0 : quorum.needed - quorum.present },
      chair: { capacity: acting.capacity, name: nameOf(acting.userId), coChairName: coChair?.name ?? null },
      seats: seats.map((s) => ({
        userId: s.userId,
        name: s.name,
        role: s.role,
        organisation: s.organisation,
        position: s.position,
        presence: s.presence,
        rsvp: s.rsvp,
      })),
    };
  });

  const guests = guestsOf(db, meeting.id).map((g) => ({
    userId: g.userId,
    name: g.name,
    organisation: g.organisation,
    kind: g.kind,
    presence: presenceOf(g.userId),
  }));

  const items = agendaOf(db, meeting.id)
    .filter((i) => i.status === "accepted")
    .map((i, index) => ({
      id: i.id,
      number: index + 1,
      title: i.title,
      description: i.description,
      speakers: i.speakers,
      durationMinutes: i.durationMinutes,
    }));
  const at = items.findIndex((i) => i.id === meeting.currentItemId);
  const current = at >= 0 ? items[at]! : null;
  const next = meeting.status === "in_progress" ? ((current ? items[at + 1] : items[0]) ?? null) : null;

  const opinions = current
    ? opinionsOf(db, meeting.id)
        .filter((o) => o.itemIds.includes(current.id) && can(user, "opinion.read", { ...scope, authorId: o.authorId }))
        .map((o) => ({
          id: o.id,
          authorName: o.authorName,
          sideName: o.sideName,
          text: o.text,
          hasFile: o.fileId !== null,
          submittedAt: o.submittedAt,
          readOutAt: o.readOutAt,
          readOutByName: nameOf(o.readOutById),
          // R8: an opinion is for the absent; one whose author was then registered present is flagged so.
          authorAttended: present.has(o.authorId),
        }))
    : [];
  // R7 (3.9): a late material is circulated only once a co-chair accepts it (the policy says to whom before).
  const materials = current
    ? materialsOf(db, meeting.id)
        .filter((m) => m.agendaItemId === current.id && canReadMaterial(user, scope, m))
        .map(materialCard)
    : [];

  return {
    meeting: { id: meeting.id, status: meeting.status, startedAt: meeting.startedAt, completedAt: meeting.completedAt },
    rollStored: stored,
    quorum: {
      quorate: verdict.quorate,
      rule,
      overall: verdict.overall,
      shortfalls: verdict.shortfalls.map((s) => {
        const counts = s.sideId === null ? verdict.overall : sides.find((x) => x.id === s.sideId)!.quorum;
        return {
          sideName: s.sideId === null ? null : sideName(s.sideId),
          missing: s.missing,
          present: counts.present,
          members: counts.members,
          needed: counts.needed,
        };
      }),
      guestsPresent: guests.filter((g) => g.presence).length,
    },
    sides,
    guests,
    items,
    current,
    next,
    opinions,
    materials,
    can: {
      // R5: a deputy sees the presiding controls only while acting for the co-chair (the command decides).
      preside:
        can(user, "meeting.preside", scope) &&
        mayActAsChairNow(db, user, { body, scope, meeting }, new Date(), undefined, "at_session"),
      register: can(user, "attendance.register", scope),
      markRead: can(user, "opinion.markRead", scope),
    },
  };
}

export type LiveView = ReturnType<typeof liveView>;

/** What the live page's forms get back from its action. */
export type LiveActionResult = { intent: string; formError?: string; confirmComplete?: boolean };
