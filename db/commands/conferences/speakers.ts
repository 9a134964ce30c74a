// The moderators and speakers of a programme item (issue 12): a person, their organisation and country, their topic;
// added, edited in place, removed.
import { eq, sql } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { speakerProblem, type SpeakerInput } from "../../../app/lib/conferences/programme-rules";
import { appendAudit } from "../../audit";
import { programmeSpeakers } from "../../schema";
import { itemOf, manage, noSuchItem } from "./programme";

export function addSpeaker(
  services: Services,
  actor: Actor,
  bodyId: number,
  itemId: number,
  input: SpeakerInput,
  now = new Date(),
): number {
  let speakerId = 0;
  manage(services, actor, bodyId, (tx) => {
    const item = itemOf(tx, bodyId, itemId);
    const problem = speakerProblem(item.kind);
    if (problem) throw new DomainError(problem, 422, {}, "name");
    const last = tx
      .select({ max: sql<number | null>`max(${programmeSpeakers.position})` })
      .from(programmeSpeakers)
      .where(eq(programmeSpeakers.itemId, itemId))
      .get();
    speakerId = tx
      .insert(programmeSpeakers)
      .values({ itemId, position: (last?.max ?? 0) + 1, ...input })
      .returning({ id: programmeSpeakers.id })
      .get().id;
    appendAudit(
      tx,
      actor.id,
      {
        action: "programme.speaker_added",
        subjectType: "body",
        subjectId: bodyId,
        details: { itemId, speakerId, role: input.role, name: input.name },
      },
      now,
    );
  });
  return speakerId;
}

export function removeSpeaker(services: Services, actor: Actor, bodyId: number, speakerId: number, now = new Date()) {
  manage(services, actor, bodyId, (tx) => {
    const speaker = tx.select().from(programmeSpeakers).where(eq(programmeSpeakers.id, speakerId)).get();
    if (!speaker) throw noSuchItem();
    itemOf(tx, bodyId, speaker.itemId); // a speaker of another conference's item names nothing here
    tx.delete(programmeSpeakers).where(eq(programmeSpeakers.id, speakerId)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "programme.speaker_removed",
        subjectType: "body",
        subjectId: bodyId,
        details: { itemId: speaker.itemId, speakerId, name: speaker.name },
      },
      now,
    );
  });
}

/**
 * A speaker edited in place (decision 0027): a name mistyped, a topic changed, a speaker who becomes the moderator —
 * without removing and adding again (which would move them to the end of the item's list).
 */
export function updateSpeaker(
  services: Services,
  actor: Actor,
  bodyId: number,
  speakerId: number,
  input: SpeakerInput,
  now = new Date(),
) {
  manage(services, actor, bodyId, (tx) => {
    const speaker = tx.select().from(programmeSpeakers).where(eq(programmeSpeakers.id, speakerId)).get();
    if (!speaker) throw noSuchItem();
    itemOf(tx, bodyId, speaker.itemId); // a speaker of another conference's item names nothing here
    const changed = (["role", "name", "organisation", "country", "topic"] as const).filter(
      (k) => (speaker[k] ?? null) !== (input[k] ?? null),
    );
    if (changed.length === 0) return;
    tx.update(programmeSpeakers).set(input).where(eq(programmeSpeakers.id, speakerId)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: "programme.speaker_updated",
        subjectType: "body",
        subjectId: bodyId,
        details: { itemId: speaker.itemId, speakerId, changed },
      },
      now,
    );
  });
}
