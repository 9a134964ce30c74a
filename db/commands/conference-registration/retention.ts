// The organisers set how long their registrants' personal data is kept after the conference (decision 0027).
import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import { parseRetentionDays } from "../../../app/lib/conference-registration/personal-data";
import type { Actor } from "../../../app/lib/policy";
import { appendAudit } from "../../audit";
import { loadConference } from "../../area-access";
import { writeTransaction } from "../../client";
import { conferences } from "../../schema";

export function setRetentionDays(
  services: Services,
  actor: Actor,
  conferenceId: number,
  typed: unknown,
  now = new Date(),
) {
  const days = parseRetentionDays(typed);
  if (days === null) throw new DomainError("registrant.retention.invalid", 422, {}, "retentionDays");
  writeTransaction(services.db, (tx) => {
    const { conference } = loadConference(tx, { actor }, conferenceId, "registration.manage");
    if (conference.personalDataRetentionDays === days) return;
    tx.update(conferences)
      .set({ personalDataRetentionDays: days, updatedAt: now })
      .where(eq(conferences.bodyId, conferenceId))
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "registration.retention_set", subjectType: "conference", subjectId: conferenceId, details: { days } },
      now,
    );
  });
}
