/**
 * The HTTP upgrade of `/collab/<room>`: everything is decided here, before any socket opens (decision 0014).
 * A foreign Origin gets 403 (cross-site websocket hijacking: the browser sends the cookie with it), no valid
 * session 401, a stranger or an unknown document 404, too many sockets 429. Then what the room's kind needs is
 * made sure of (a protocol's draft), and the socket opens as editor or reader in that kind's server.
 */
import { STATUS_CODES, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Services } from "../../app/context";
import { isSameOrigin } from "../../app/lib/origin";
import { COLLAB_PATH, documentOfRoom, type RoomKindName } from "../../app/lib/protocol-room";
import { readCookie, SESSION_COOKIE, validateSessionToken } from "../../db/sessions";
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
  servers: Record<RoomKindName, CollabServer>,
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
    const document = documentOfRoom(room);
    if (document === null) return refuseUpgrade(socket, 404);
    const collab = servers[document.kind];
    const { user, session } = found;
    const access = collab.kind.access(services.db, user, document.id);
    if ("refused" in access) return refuseUpgrade(socket, access.refused);
    // An open room's document exists: no write transaction (and fsync) for every socket that joins it.
    if (!collab.openRoom(document.id)) collab.kind.prepare(services.db, document.id);
    const admission = {
      user: { id: user.id, name: user.name, isAdmin: user.isAdmin, status: user.status },
      sessionId: session.id,
      sessionExpiresAt: session.expiresAt,
      documentId: document.id,
      canEdit: access.canEdit,
      side: access.side,
    };
    if (!collab.accept(req, socket, head, admission)) return refuseUpgrade(socket, 429);
  } catch (error) {
    console.error("collab: upgrade failed", error);
    refuseUpgrade(socket, 500);
  }
}
