/**
 * What the protocol page shows a user: the draft as it is now (for the server-rendered, read-only text that works
 * without JavaScript), what the user may do with it, who they are in the room, and the comments.
 */
import type { AppLoadContext } from "@remix-run/node";
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import { asc, eq } from "drizzle-orm";
import * as Y from "yjs";
import { can } from "~/lib/policy";
import { presenceOfSide, sideColour } from "~/lib/protocol-colours";
import { PROTOCOL_FRAGMENT, protocolRoom } from "~/lib/protocol-room";
import type { MeetingAccess } from "~/web/access.server";
import { sides } from "../../db/schema/bodies";
import { protocols } from "../../db/schema/protocols";
import { protocolCommentsOf } from "../../db/queries/protocol-comments";
import { seatSide } from "../../db/queries/seat-side";
import type { ProseNode } from "~/lib/prose-json";

export function protocolView(context: AppLoadContext, access: MeetingAccess) {
  const { services } = context;
  const { user, meeting, body, scope } = access;
  const bodySides = services.db
    .select({ id: sides.id, name: sides.name, position: sides.position })
    .from(sides)
    .where(eq(sides.bodyId, body.id))
    .orderBy(asc(sides.position))
    .all();
  // The same side the collaboration server stamps on this user's presence (server/collab/awareness.ts).
  const presence = presenceOfSide(seatSide(services.db, scope));
  const finalisedAt =
    services.db
      .select({ finalisedAt: protocols.finalisedAt })
      .from(protocols)
      .where(eq(protocols.meetingId, meeting.id))
      .get()?.finalisedAt ?? null;
  const open = !finalisedAt;
  return {
    meetingId: meeting.id,
    room: protocolRoom(meeting.id),
    draft: draftText(services.protocols.state(meeting.id)),
    finalised: !open,
    can: {
      edit: open && can(user, "protocol.edit", scope),
      comment: open && can(user, "protocol.comment", scope),
      resolve: open && can(user, "protocol.resolveComment", scope),
      regenerate: open && can(user, "protocol.regenerate", scope),
    },
    me: { id: user.id, name: user.name, ...presence },
    sides: bodySides.map((s) => ({ name: s.name, colour: sideColour(s.position) })),
    comments: protocolCommentsOf(services.db, meeting.id, body.id).map((c) => ({
      id: c.id,
      anchorStart: c.anchorStart,
      anchorEnd: c.anchorEnd,
      quote: c.quote,
      text: c.text,
      authorName: c.authorName,
      sideName: c.sideName,
      colour: sideColour(c.sidePosition),
      createdAt: c.createdAt.toISOString(),
      resolvedByName: c.resolvedByName,
      resolvedAt: c.resolvedAt?.toISOString() ?? null,
    })),
  };
}

export type ProtocolView = ReturnType<typeof protocolView>;

/** The draft's content as ProseMirror JSON, rendered by ProtocolText (React escapes every string). */
function draftText(state: Uint8Array): ProseNode {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(PROTOCOL_FRAGMENT)) as ProseNode;
  } finally {
    doc.destroy();
  }
}
