import { eq } from "drizzle-orm";
import { DomainError } from "../../app/lib/errors";
import { can } from "../../app/lib/policy";
import { loadMeeting } from "../../db/access";
import type { SeatSide } from "../../app/lib/protocol-colours";
import type { Db } from "../../db/client";
import { seatSide } from "../../db/queries/seat-side";
import { users } from "../../db/schema";
import type { CollabUser } from "./connection";

/**
 * Edit or read only, with the side the user's seat gives them in the document's body (stamped on their presence:
 * awareness.ts), or refused.
 */
export type CollabAccess = { canEdit: boolean; side: SeatSide | null } | { refused: 403 | 404 };

/**
 * What this user may do with the protocol of this meeting, through the one way in (db/access.ts) and the
 * policy: edit, read only, or refused (404 for a stranger or an unknown meeting, 403 otherwise); and the side
 * they write for (their seat in the meeting's body now).
 */
export function protocolAccess(db: Db, user: CollabUser, meetingId: number): CollabAccess {
  try {
    const { scope } = loadMeeting(db, user, meetingId, "protocol.read");
    return { canEdit: can(user, "protocol.edit", scope), side: seatSide(db, scope) };
  } catch (error) {
    if (error instanceof DomainError) return { refused: error.status === 404 ? 404 : 403 };
    throw error;
  }
}

/** The user as they are now (null when gone). */
export function currentUser(db: Db, userId: number): CollabUser | null {
  const row = db
    .select({ id: users.id, name: users.name, isAdmin: users.isAdmin, status: users.status })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  return row ?? null;
}
