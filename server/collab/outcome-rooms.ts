/**
 * The outcome document of a conference (issue 12, decision 0024): room `outcome-<conferenceId>`, drafted live by the
 * organisers in the protocol's editor. Access through the conference's one way in: `outcome.read` to join (the
 * organisers; the confirmed participants while it is open for proposals), `outcome.edit` to write.
 */
import { DomainError } from "../../app/lib/errors";
import { can } from "../../app/lib/policy";
import { loadConference } from "../../db/area-access";
import type { Db } from "../../db/client";
import { seatSide } from "../../db/queries/seat-side";
import { outcomeStore } from "../../db/outcomes/store";
import { DatabaseSignal } from "../sessions/database-signal";
import type { CollabAccess } from "./access";
import type { CollabUser } from "./connection";
import type { RoomKind } from "./room-kind";

/**
 * Refused as 404 whatever the reason: the draft is the organisers' (and, while open for proposals, the confirmed
 * participants'); nobody else learns whether it exists. An outcome not yet begun has no room.
 */
export function outcomeAccess(db: Db, user: CollabUser, conferenceId: number): CollabAccess {
  try {
    const { scope } = loadConference(db, { actor: user }, conferenceId, "outcome.read");
    if (scope.outcome === null) return { refused: 404 };
    // An organiser writes for their side; a participant proposing (no seat) appears neutral.
    return { canEdit: can(user, "outcome.edit", scope), side: seatSide(db, scope) };
  } catch (error) {
    if (error instanceof DomainError) return { refused: 404 };
    throw error;
  }
}

/**
 * "This outcome's state changed" (opened or closed for proposals, finalised, published), or "a registration of this
 * conference changed" (a participant confirmed or declined): the room re-asks its sockets' access, as RoleChanges
 * does for seats. TEMP triggers on this connection, heard after the commit (DatabaseSignal).
 */
class OutcomeReadersChanged extends DatabaseSignal {
  constructor(db: Db) {
    super(db, "platform_outcome_readers_changed", [
      `CREATE TEMP TRIGGER IF NOT EXISTS platform_outcome_state AFTER UPDATE OF state, finalised_at
       ON main.outcomes BEGIN SELECT platform_outcome_readers_changed(new.body_id); END`,
      `CREATE TEMP TRIGGER IF NOT EXISTS platform_outcome_registration AFTER UPDATE OF status
       ON main.registrations WHEN old.status IS NOT new.status
       BEGIN SELECT platform_outcome_readers_changed(new.body_id); END`,
    ]);
  }
}

export const outcomeRooms: RoomKind = {
  name: "outcome",
  store: outcomeStore,
  access: outcomeAccess,
  prepare: () => {}, // begun (with its template) by the organisers' command: db/outcomes/begin.ts
  watch: (db, changed) => new OutcomeReadersChanged(db).on(changed),
};
