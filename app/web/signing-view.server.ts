/**
 * What the protocol page and the signing page show of a final text (issue 10): the text as signed (its canonical
 * JSON), its hash, who must sign and who has, and what this user may do (finalise, reopen, sign).
 */
import type { AppLoadContext } from "@remix-run/node";
import { can } from "~/lib/policy";
import type { ProseNode } from "~/lib/prose-json";
import type { MeetingAccess } from "~/web/access.server";
import { rollAndQuorumOf } from "../../db/queries/meeting-rolls";
import { signingStateOf } from "../../db/queries/protocol-signing";

export function signingView(context: AppLoadContext, access: MeetingAccess) {
  const { db } = context.services;
  const { user, meeting, body, scope } = access;
  const state = signingStateOf(db, meeting, body);
  const me = state.signatories.find((s) => s.userId === user.id);
  const final = state.final;
  return {
    meetingId: meeting.id,
    final: final && {
      number: final.number,
      sha256: final.sha256,
      quorate: final.quorate,
      finalisedAt: final.createdAt.toISOString(),
      text: JSON.parse(final.canonical) as ProseNode,
    },
    signatories: state.signatories.map((s) => ({
      userId: s.userId,
      name: s.signature?.signedName ?? s.name,
      sideId: s.sideId,
      sideName: s.sideName,
      capacity: s.capacity,
      signedAt: s.signature?.signedAt.toISOString() ?? null,
    })),
    complete: state.complete,
    // R9 (3.7): the page warns before finalising a protocol of a session without quorum.
    quorate: meeting.status === "completed" ? rollAndQuorumOf(db, meeting, body).quorum.quorate : null,
    can: {
      finalise: !final && can(user, "protocol.finalise", scope),
      reopen: final !== null && can(user, "protocol.reopen", scope),
      sign: final !== null && !me?.signature && can(user, "protocol.sign", { ...scope, named: me !== undefined }),
    },
    mySignature: me?.signature ? { signedAt: me.signature.signedAt.toISOString() } : null,
  };
}

export type SigningView = ReturnType<typeof signingView>;
