import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { DomainError, forbidden } from "../../app/lib/errors";
import { can, type Actor } from "../../app/lib/policy";
import { writeTransaction } from "../client";
import { bodies, sides } from "../schema";
import type { BodySettingsInput, SideInput } from "../../app/lib/body-input";
import { linkRegulation, prepareRegulation } from "./attach-regulation";
import type { ConferenceDetails } from "../../app/lib/conferences/details-input";
import type { PartnershipDetails } from "../../app/lib/partnership-term";
import { insertConference } from "./conferences/details";
import { insertPartnership } from "./partnerships/details";

/** Issue 12: what a conference or a partnership is created with, besides its settings and sides. */
export interface KindDetails {
  conference?: ConferenceDetails | null;
  partnership?: PartnershipDetails | null;
}

/**
 * An administrator sets up a body with its sides; its officers are then named side by side. A conference or a
 * partnership (issue 12) comes with its details, in the same transaction: neither ever exists without them.
 */
export function createBody(
  services: Services,
  actor: Actor,
  settings: BodySettingsInput,
  sideRows: SideInput[],
  regulation: { name: string; bytes: Uint8Array } | null,
  now = new Date(),
  { conference = null, partnership = null }: KindDetails = {},
): number {
  if (!can(actor, "body.create")) throw forbidden();
  if ((settings.kind === "conference") !== (conference !== null)) throw new DomainError("conference.detailsRequired");
  if (settings.kind === "partnership" && !partnership)
    throw new DomainError("partnership.error.startRequired", 422, {}, "partnershipStartsOn");
  const prepared = regulation && prepareRegulation(services, regulation);
  return writeTransaction(services.db, (tx) => {
    const body = tx
      .insert(bodies)
      .values({
        ...settings,
        quorumPercent: settings.quorumRule === "overall_percent" ? settings.quorumPercent : null,
        createdById: actor.id,
      })
      .returning({ id: bodies.id })
      .get();
    sideRows.forEach(({ id: _id, ...side }, i) => {
      tx.insert(sides)
        .values({ ...side, bodyId: body.id, position: i + 1 })
        .run();
    });
    appendAudit(
      tx,
      actor.id,
      {
        action: "body.created",
        subjectType: "body",
        subjectId: body.id,
        details: { title: settings.titleRu, kind: settings.kind, sides: sideRows.map((s) => s.name) },
      },
      now,
    );
    if (conference) insertConference(tx, actor.id, body.id, conference, now);
    if (prepared) linkRegulation(tx, actor.id, body.id, prepared, now);
    if (settings.kind === "partnership") insertPartnership(tx, actor.id, body.id, partnership!, now);
    return body.id;
  });
}
