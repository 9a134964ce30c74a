/**
 * The HTTP upgrade of `/collab/<room>`: everything is decided here, before any socket opens (decision 0014).
 * A foreign Origin gets 403 (cross-site websocket hijacking: the browser sends the cookie with it), no valid
 * session 401, a stranger or an unknown meeting 404, too many sockets 429. Then the protocol's draft is
 * made sure of, and the socket opens as editor or reader.
 */
import { STATUS_CODES, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Services } from "../../app/context";
import { isSameOrigin } from "../../app/lib/origin";
import { COLLAB_PATH, meetingIdOfRoom } from "../../app/lib/protocol-room";
import { ensureProtocolDraft } from "../../db/protocols/draft";
import { readCookie, SESSION_COOKIE, validateSessionToken } from "../../db/sessions";
import { protocolAccess } from "./access";
import type { CollabServer } from "./server";

/** The path of a request, without its query (the provider may add parameters). */
function pathOf(req: IncomingMessage): string {
  return (req.url ?? "").split("?")[0]!;
}

export function isCollabUpgrade(req: IncomingMessage): boolean {
  return pathOf(req).startsWith(COLLAB_PATH);
}

/** Answers the upgrade with an HTTP status and no socket. */
export function refuseUpgrade(socket: Duplex, status: number): void {
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: text/plain\r\n` +
        `Content-Length: 0\r\n${status === 429 ? "Retry-After: 60\r\n" : ""}\r\n`,
    );
  }
  socket.destroy();
}

export function handleCollabUpgrade(
  services: Pick<Services, "db" | "config">,
  collab: CollabServer,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
): void {
  socket.on("error", () => socket.destroy());
  try {
    if (!isSameOrigin(req.headers.origin, services.config.appUrl)) return refuseUpgrade(socket, 403);
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const found = token ? validateSessionToken(services.db, token) : null;
    if (!found) return refuseUpgrade(socket, 401);
    let room: string;
    try {
      room = decodeURIComponent(pathOf(req).slice(COLLAB_PATH.length));
    } catch {
      return refuseUpgrade(socket, 404);
    }
    const meetingId = meetingIdOfRoom(room);
    if (meetingId === null) return refuseUpgrade(socket, 404);
    const { user, session } = found;
    const access = protocolAccess(services.db, user, meetingId);
    if ("refused" in access) return refuseUpgrade(socket, access.refused);
    // An open room's protocol exists: no write transaction (and fsync) for every socket that joins it.
    if (!collab.openRoom(meetingId)) ensureProtocolDraft(services.db, meetingId);
    const admission = {
      user: { id: user.id, name: user.name, isAdmin: user.isAdmin, status: user.status },
      sessionId: session.id,
      sessionExpiresAt: session.expiresAt,
      meetingId,
      canEdit: access.canEdit,
    };
    if (!collab.accept(req, socket, head, admission)) return refuseUpgrade(socket, 429);
  } catch (error) {
    console.error("collab: upgrade failed", error);
    refuseUpgrade(socket, 500);
  }
}
