/**
 * The collaboration contract between the editor and server/collab (decision 0013): where the socket is, how a
 * live document's room is named, which Yjs type holds the text, and what each close code means.
 */

/** The websocket path: the y-websocket provider connects to `${origin}${COLLAB_PATH}${room}`. */
export const COLLAB_PATH = "/collab/";

/** The Yjs XML fragment holding the editor's content (TipTap's default). */
export const PROTOCOL_FRAGMENT = "default";

/** A meeting's protocol is the room `protocol-<meetingId>`. */
export const protocolRoom = (meetingId: number) => `protocol-${meetingId}`;

/** A conference's outcome document is the room `outcome-<conferenceId>` (issue 12, decision 0024). */
export const outcomeRoom = (conferenceId: number) => `outcome-${conferenceId}`;

/** The kinds of live document the collaboration server holds rooms of. */
export const roomKinds = ["protocol", "outcome"] as const;
export type RoomKindName = (typeof roomKinds)[number];

/** The kind and id of a room name: exactly `<kind>-<positive integer>`, or null. */
export function documentOfRoom(room: string): { kind: RoomKindName; id: number } | null {
  const match = /^(protocol|outcome)-([1-9][0-9]{0,14})$/.exec(room);
  return match ? { kind: match[1] as RoomKindName, id: Number(match[2]) } : null;
}

/**
 * Close codes, shaped like HTTP statuses (4000 + status). The editor turns each into a plain message
 * (`collab.closed.<code>` in the locales); the provider does not reconnect after any of them but 4503.
 */
export const collabCloseCodes = {
  /** The frame could not be read (malformed, truncated): the document is unchanged. */
  badFrame: 4400,
  /** Nobody is signed in, or the session has ended (signed out, expired, password changed, disabled). */
  unauthenticated: 4401,
  /** Signed in but may not open this document, or a read-only connection kept trying to write. */
  forbidden: 4403,
  /** No such meeting, or it is not the user's to know of (a stranger to the body). */
  notFound: 4404,
  /** The protocol is finalised: it refuses every edit, from everyone. */
  finalised: 4409,
  /** A frame above the size limit. */
  tooLarge: 4413,
  /** Too many connections or messages from one user. */
  tooMany: 4429,
  /** The server is shutting down or restarting: reconnect. */
  restarting: 4503,
} as const;

export type CollabCloseCode = (typeof collabCloseCodes)[keyof typeof collabCloseCodes];

/** Whether the editor should try again after this close (the provider's own reconnect), or stop and explain. */
export const reconnectsAfter = (code: number) =>
  code < 4000 || code === collabCloseCodes.restarting || code === collabCloseCodes.tooMany;
