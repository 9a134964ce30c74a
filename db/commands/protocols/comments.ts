/**
 * Comments on the protocol draft (R13, 3.4 б): a member attaches one to a passage, a secretary resolves it.
 * Each command: the access guard inside the IMMEDIATE transaction, the change and its audit entry together,
 * the live publish after commit.
 */
import { and, eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import { checkComment, decodeAnchor, type CommentInput } from "../../../app/lib/protocol-comment-rules";
import { PROTOCOL_FRAGMENT } from "../../../app/lib/protocol-room";
import { loadMeeting } from "../../access";
import { appendAudit } from "../../audit";
import { writeTransaction, type Db } from "../../client";
import { refuseWhenFinalised } from "../../protocols/documents";
import { protocolComments } from "../../schema/protocols";

/** Adds a member's comment on a passage of the draft; returns its id. */
export function addProtocolComment(
  services: Services,
  actor: Actor,
  meetingId: number,
  input: CommentInput,
  now = new Date(),
): number {
  const id = writeTransaction(services.db, (tx) => {
    loadMeeting(tx, actor, meetingId, "protocol.comment");
    refuseWhenFinalised(tx, meetingId);
    const checked = checkComment(input);
    if (!checked.ok) {
      const { key, params, field } = checked.problem;
      throw new DomainError(key, 422, params, field);
    }
    if (!anchoredInDraft(services, meetingId, checked.value))
      throw new DomainError("protocolEditor.comments.error.anchor", 422, {}, "quote");
    const { anchorStart, anchorEnd, quote, text } = checked.value;
    const row = tx
      .insert(protocolComments)
      .values({ meetingId, anchorStart, anchorEnd, quote, text, authorId: actor.id, createdAt: now })
      .returning({ id: protocolComments.id })
      .get();
    appendAudit(
      tx,
      actor.id,
      {
        action: "protocol.comment_added",
        subjectType: "meeting",
        subjectId: meetingId,
        details: { commentId: row.id, quote: quote.slice(0, 200) },
      },
      now,
    );
    return row.id;
  });
  services.live.publish(meetingId, "protocol.comments");
  return id;
}

/** A secretary resolves an open comment of this meeting's protocol. */
export function resolveProtocolComment(
  services: Services,
  actor: Actor,
  meetingId: number,
  commentId: number,
  now = new Date(),
): void {
  writeTransaction(services.db, (tx) => {
    loadMeeting(tx, actor, meetingId, "protocol.resolveComment");
    refuseWhenFinalised(tx, meetingId);
    const comment = tx
      .select()
      .from(protocolComments)
      .where(and(eq(protocolComments.id, commentId), eq(protocolComments.meetingId, meetingId)))
      .get();
    if (!comment) throw new DomainError("protocolEditor.comments.error.notFound", 404);
    if (comment.resolvedAt) throw new DomainError("protocolEditor.comments.error.alreadyResolved", 409);
    tx.update(protocolComments)
      .set({ resolvedById: actor.id, resolvedAt: now })
      .where(eq(protocolComments.id, commentId))
      .run();
    appendAudit(
      tx,
      actor.id,
      { action: "protocol.comment_resolved", subjectType: "meeting", subjectId: meetingId, details: { commentId } },
      now,
    );
  });
  services.live.publish(meetingId, "protocol.comments");
}

/**
 * Both ends point into this protocol's text, start before end. A position made in another document (another
 * meeting's protocol, or forged) names items this one does not have, and resolves to nothing.
 */
function anchoredInDraft(services: Services, meetingId: number, input: CommentInput): boolean {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, services.protocols.state(meetingId));
    const fragment = doc.getXmlFragment(PROTOCOL_FRAGMENT);
    const [start, end] = [input.anchorStart, input.anchorEnd].map((a) =>
      Y.createAbsolutePositionFromRelativePosition(decodeAnchor(a)!, doc),
    );
    if (!start || !end || fragment.length === 0) return false;
    const inFragment = (type: Y.AbstractType<unknown>) => {
      for (let t: Y.AbstractType<unknown> | null = type; t; t = (t._item?.parent as Y.AbstractType<unknown>) ?? null)
        if (t === fragment) return true;
      return false;
    };
    return inFragment(start.type) && inFragment(end.type) && !(start.type === end.type && start.index > end.index);
  } catch {
    return false; // a position that names something of the wrong kind: not an anchor in this text
  } finally {
    doc.destroy();
  }
}
