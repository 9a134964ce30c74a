import type { AnyExtension } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { PROTOCOL_FRAGMENT } from "~/lib/protocol-room";
import { protocolExtensions } from "~/lib/protocol-schema";
import type { ProtocolSession } from "./useProtocolSession";

/**
 * The editor's extensions on a live document (a protocol, an outcome document): its schema, bound to the session's
 * Yjs fragment, with the others' carets; `me` is shown to them by name, colour and side.
 */
export function collaborativeExtensions(
  session: ProtocolSession,
  me: { name: string; colour: string; side: string | null },
  editing: boolean,
): AnyExtension[] {
  return [
    ...protocolExtensions(),
    Collaboration.configure({ document: session.doc, field: PROTOCOL_FRAGMENT }),
    CollaborationCaret.configure({
      provider: session.provider,
      user: { name: me.name, color: me.colour, side: me.side, editing },
    }),
  ];
}
