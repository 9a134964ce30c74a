/**
 * Named versions of a protocol ("направлено сторонам 12.03"): the whole state of the document at that moment,
 * kept to compare the current text with (issue 9). Saved by those who edit the protocol (R13).
 */
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { normaliseLine, textProblem } from "../../../app/lib/text-rules";
import { loadMeeting } from "../../access";
import { appendAudit } from "../../audit";
import { writeTransaction } from "../../client";
import { protocolVersions } from "../../schema";
import { refuseWhenFinalised } from "../../protocols/documents";
import { ensureProtocolDraft } from "../../protocols/draft";

/** Saves the protocol's current state under a name (at most 200 characters, one line); returns the version's id. */
export function saveProtocolVersion(
  services: Services,
  actor: Actor,
  meetingId: number,
  rawName: string,
  now = new Date(),
): number {
  const { db } = services;
  // Asked first: a stranger learns nothing (404), a member is refused (403), whatever the name.
  loadMeeting(db, actor, meetingId, "protocol.edit");
  const name = normaliseLine(rawName);
  const problem = textProblem(name, "name", { required: true });
  if (problem) throw new DomainError(problem, 422, {}, "name");
  ensureProtocolDraft(db, meetingId, now);
  return writeTransaction(db, (tx) => {
    loadMeeting(tx, actor, meetingId, "protocol.edit");
    refuseWhenFinalised(tx, meetingId); // R13: a final text has no drafts to name
    const state = services.protocols.state(meetingId);
    const { id } = tx
      .insert(protocolVersions)
      .values({ meetingId, name, state: Buffer.from(state), createdById: actor.id, createdAt: now })
      .returning({ id: protocolVersions.id })
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "protocol.version_saved",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { versionId: id, name, bytes: state.byteLength },
      },
      now,
    );
    return id;
  });
}
