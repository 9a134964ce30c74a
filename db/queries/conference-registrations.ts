// Reading a conference's registrations (issue 12): the participants list, the check-in list, the statistics.
// A conference has hundreds of registrations, a big forum a few thousand: they are read whole (one indexed query)
// and searched in memory, which is faster at the door than any round of LIKE queries and folds «ё» and case properly.
import { and, eq } from "drizzle-orm";
import { matchesSearch, searchWords } from "../../app/lib/conference-registration/search";
import type { RegistrationStatus } from "../../app/lib/conference-kinds";
import type { Db } from "../client";
import { registrations, type Registration } from "../schema";
import { DomainError } from "../../app/lib/errors";
import { hashToken } from "../../app/lib/tokens.server";

export function registrationsOf(
  db: Db,
  bodyId: number,
  filter: { status?: RegistrationStatus | null; query?: string } = {},
): Registration[] {
  const words = searchWords(filter.query ?? "");
  return db
    .select()
    .from(registrations)
    .where(
      filter.status
        ? and(eq(registrations.bodyId, bodyId), eq(registrations.status, filter.status))
        : eq(registrations.bodyId, bodyId),
    )
    .all()
    .filter((r) => matchesSearch(r, words))
    .sort((a, b) => a.name.localeCompare(b.name, "ru") || a.id - b.id);
}

/** One registration of this conference; another conference's id is a registration that does not exist here. */
export function registrationIn(db: Db, bodyId: number, registrationId: number): Registration {
  const found = db
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.bodyId, bodyId)))
    .get();
  if (!found) throw new DomainError("error.notFound.title", 404);
  return found;
}

/**
 * The status of the registration a personal link's token names in this conference, if it still stands (waiting or
 * confirmed): a pending registrant's link comes from the thank-you page, a confirmed one's from the letter.
 */
export function personalLinkStatus(db: Db, bodyId: number, token: string): "pending" | "confirmed" | null {
  // Tokens are 20 random bytes in lower-case base32 (tokens.server.ts); anything else names nobody.
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const found = db
    .select({ status: registrations.status })
    .from(registrations)
    .where(and(eq(registrations.bodyId, bodyId), eq(registrations.accessTokenHash, hashToken(token))))
    .get();
  return found?.status === "pending" || found?.status === "confirmed" ? found.status : null;
}
