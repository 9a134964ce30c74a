import { eq } from "drizzle-orm";
import { DomainError } from "../../app/lib/errors";
import { can } from "../../app/lib/policy";
import { loadMeeting } from "../../db/access";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import type { CollabUser } from "./connection";

export type CollabAccess = { canEdit: boolean } | { refused: 403 | 404 };

/**
 * What this user may do with the protocol of this meeting, through the one way in (db/access.ts) and the
 * policy: edit, read only, or refused (404 for a stranger or an unknown meeting, 403 otherwise).
 */
export function protocolAccess(db: Db, user: CollabUser, meetingId: number): CollabAccess {
  try {
    const { scope } = loadMeeting(db, user, meetingId, "protocol.read");
    return { canEdit: can(user, "protocol.edit", scope) };
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
