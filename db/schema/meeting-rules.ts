// The binding rules of issue 7: absence periods on a co-chair's seat (R5), proposals to move a convened
// meeting and the other sides' consent (R2), and the roll and quorum as they stood at opening and completion (R9).
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, users } from "./accounts";
import { memberships, sides } from "./bodies";
import { meetings } from "./meetings";
import { meetingFormats } from "../../app/lib/meeting-states";

/** R5 (3.3, 3.6): "away from … to …", recorded on a co-chair's seat; days in the body's timezone, both included. */
export const seatAbsences = sqliteTable(
  "seat_absences",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    membershipId: integer("membership_id")
      .notNull()
      .references(() => memberships.id),
    fromDate: text("from_date").notNull(),
    toDate: text("to_date").notNull(),
    recordedById: integer("recorded_by_id")
      .notNull()
      .references(() => users.id),
    /** Withdrawn (the co-chair came back early): kept for the record, no longer in force. */
    withdrawnAt: integer("withdrawn_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("seat_absences_membership").on(t.membershipId)],
);

export const changeProposalStatuses = ["pending", "agreed", "declined", "withdrawn"] as const;
export type ChangeProposalStatus = (typeof changeProposalStatuses)[number];
export const chairCapacities = ["co_chair", "deputy"] as const;

/** R2 (3.2 б): after convening, one side proposes a new date, time or place; it takes effect when every other side agrees. */
export const meetingChangeProposals = sqliteTable(
  "meeting_change_proposals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    sideId: integer("side_id")
      .notNull()
      .references(() => sides.id),
    proposedById: integer("proposed_by_id")
      .notNull()
      .references(() => users.id),
    capacity: text("capacity", { enum: chairCapacities }).notNull(),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    place: text("place").notNull(),
    format: text("format", { enum: meetingFormats }).notNull(),
    videoLink: text("video_link"),
    status: text("status", { enum: changeProposalStatuses }).notNull().default("pending"),
    decidedById: integer("decided_by_id").references(() => users.id),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("meeting_change_proposals_meeting").on(t.meetingId, t.status)],
);

/** Each other side's agreement to a proposal, with the capacity its chair acted in (R5). */
export const meetingChangeConsents = sqliteTable(
  "meeting_change_consents",
  {
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => meetingChangeProposals.id),
    sideId: integer("side_id")
      .notNull()
      .references(() => sides.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    capacity: text("capacity", { enum: chairCapacities }).notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.sideId] })],
);

export const rollMoments = ["opened", "completed"] as const;
export type RollMoment = (typeof rollMoments)[number];

/**
 * R9 (3.7): the roll (JSON: sides, seats, presence) and the quorum verdict (JSON) when the meeting opened and when
 * it completed. A completed meeting's pages read the "completed" row: later changes of composition never reach it.
 */
export const meetingRolls = sqliteTable(
  "meeting_rolls",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    moment: text("moment", { enum: rollMoments }).notNull(),
    roll: text("roll", { mode: "json" }).notNull(),
    quorum: text("quorum", { mode: "json" }).notNull(),
    takenAt: integer("taken_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.moment] })],
);

export type SeatAbsence = typeof seatAbsences.$inferSelect;
export type MeetingChangeProposal = typeof meetingChangeProposals.$inferSelect;
