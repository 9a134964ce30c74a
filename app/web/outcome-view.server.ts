/**
 * What the outcome page shows a visitor (issue 12), decided by the policy: the organisers the live editor, the
 * proposals and their steps; a confirmed participant the draft and the proposal form while it is open; anyone the
 * link to the published document. Someone with nothing to see here gets 404.
 */
import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { countryName } from "~/lib/countries";
import type { Locale } from "~/lib/i18n";
import { deadlineDayOf, proposalsOpen } from "~/lib/outcome-rules";
import { can } from "~/lib/policy";
import { presenceOfSide } from "~/lib/protocol-colours";
import { outcomeRoom } from "~/lib/protocol-room";
import type { Translate } from "~/lib/i18n";
import { localDateOf } from "~/lib/zoned-time";
import type { ConferenceContext } from "../../db/area-access";
import { outcomeOf, outcomeText, proposalsOf } from "../../db/outcomes/read";
import { seatSide } from "../../db/queries/seat-side";
import { libraryDocuments, type User } from "../../db/schema";

export function outcomeView(
  context: AppLoadContext,
  access: ConferenceContext & { user: User | null },
  locale: Locale,
  t: Translate,
  now = new Date(),
) {
  const { db } = context.services;
  const { user, body, scope, registration } = access;
  const outcome = outcomeOf(db, body.id);
  const organiser = scope.seats.length > 0;
  const mayRead = can(user, "outcome.read", scope);
  const participant = registration?.status === "confirmed" && !organiser;
  const published = outcome?.state === "published" ? outcome.libraryDocumentId : null;
  const mayBegin = outcome === null && can(user, "conference.manage", scope);
  if (!mayRead && !participant && published === null && !mayBegin) throw new Response("Not Found", { status: 404 });
  const open = outcome !== null && proposalsOpen(outcome, now) && can(user, "outcome.propose", scope);
  const lastDay = outcome?.proposalsUntil ? deadlineDayOf(outcome.proposalsUntil, body.timezone) : null;
  // The same side the collaboration server stamps on this user's presence (server/collab/awareness.ts).
  const presence = presenceOfSide(seatSide(db, scope));
  const from = (p: { name: string; organisation: string; country: string }) =>
    t("outcome.proposals.from", { ...p, country: countryName(p.country, locale) });
  return {
    conferenceId: body.id,
    title: outcome?.title ?? null,
    state: outcome?.state ?? null,
    published,
    timeZone: body.timezone,
    today: localDateOf(now, body.timezone),
    lastDay,
    mayBegin,
    organiserView:
      outcome !== null && mayRead && user
        ? {
            room: outcomeRoom(body.id),
            me: { id: user.id, name: user.name, ...presence },
            draft: outcomeText(db, outcome),
            final: outcome.finalText !== null,
            can: {
              edit: can(user, "outcome.edit", scope),
              finalise: can(user, "outcome.finalise", scope),
              publish: can(user, "outcome.publish", scope),
            },
            proposals: proposalsOf(db, body.id).map((p) => ({
              id: p.id,
              text: p.text,
              status: p.status,
              from: from(p),
            })),
          }
        : null,
    participantView:
      participant && outcome !== null && outcome.state !== "published"
        ? {
            open,
            draft: open ? outcomeText(db, outcome) : null,
            mine: proposalsOf(db, body.id, registration.id).map((p) => ({ id: p.id, text: p.text, status: p.status })),
          }
        : null,
  };
}

/**
 * The link the conference's public page shows for its outcome (issue 12): the published document in the library
 * for anyone; the outcome page for the organisers, and for a confirmed participant while it takes proposals.
 * Null when there is nothing for this visitor. For the programme's route (conferences.$conferenceId._index.tsx).
 */
export function outcomeLinkOf(
  context: AppLoadContext,
  access: ConferenceContext & { user: User | null },
): { href: string; label: "outcome.publishedLink" | "outcome.link" } | null {
  const { user, body, scope } = access;
  const outcome = outcomeOf(context.services.db, body.id);
  if (!outcome) return null;
  if (outcome.state === "published" && outcome.libraryDocumentId !== null) {
    // Linked only for whoever may read it as the library says (a partners-only outcome is not a signed-out link).
    const document = context.services.db
      .select({ visibility: libraryDocuments.visibility })
      .from(libraryDocuments)
      .where(eq(libraryDocuments.id, outcome.libraryDocumentId))
      .get();
    if (!document || !can(user, "library.read", { visibility: document.visibility, seats: scope.seats })) return null;
    return { href: `/library/${outcome.libraryDocumentId}`, label: "outcome.publishedLink" };
  }
  if (can(user, "outcome.read", scope) || can(user, "outcome.propose", scope))
    return { href: `/conferences/${body.id}/outcome`, label: "outcome.link" };
  return null;
}
