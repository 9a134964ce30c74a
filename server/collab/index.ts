/**
 * The collaboration server of the live documents (issue 9, decision 0014; issue 12, decision 0024), on the app's
 * own port: `/collab/protocol-<meetingId>` and `/collab/outcome-<conferenceId>`, the y-websocket protocol, the stock
 * WebsocketProvider as client. One server per kind of room (room-kind.ts); the sockets' limit per user is shared.
 */
import type http from "node:http";
import type { ProtocolDocuments, Services } from "../../app/context";
import { sessionExpiry } from "../../db/sessions";
import { SessionBoundConnections } from "../sessions/session-bound";
import type { SessionEnds } from "../sessions/session-ends";
import { liveProtocolDocuments } from "./documents";
import { outcomeRooms } from "./outcome-rooms";
import { RoleChanges } from "./role-changes";
import { protocolRooms } from "./room-kind";
import { CollabServer } from "./server";
import { handleCollabUpgrade, isCollabUpgrade, refuseUpgrade } from "./upgrade";

/** Collaboration sockets one user may hold at once (tabs, devices, protocols together). */
export const MAX_COLLAB_SOCKETS_PER_USER = 20;

export interface Collab {
  /** The protocols' rooms. */
  server: CollabServer;
  /** The conference outcomes' rooms. */
  outcomes: CollabServer;
  /** ProtocolDocuments over the open rooms (for services.protocols). */
  documents: ProtocolDocuments;
  /** Takes `/collab/…` upgrades of this HTTP server; leaves others (Vite's HMR in development) alone. */
  listen(httpServer: http.Server, options: { refuseOtherUpgrades: boolean }): void;
  /** Stores what is queued and closes every socket with 4503 (reconnect). */
  close(): void;
}

export function startCollab(services: Pick<Services, "db" | "config">, sessionEnds: SessionEnds): Collab {
  const { db } = services;
  const sockets = new SessionBoundConnections({
    ends: sessionEnds,
    sessionExpiry: (sessionId) => sessionExpiry(db, sessionId),
    maxPerUser: MAX_COLLAB_SOCKETS_PER_USER,
  });
  const roleChanges = new RoleChanges(db);
  const server = new CollabServer(db, sockets, roleChanges, MAX_COLLAB_SOCKETS_PER_USER, protocolRooms);
  const outcomes = new CollabServer(db, sockets, roleChanges, MAX_COLLAB_SOCKETS_PER_USER, outcomeRooms);
  const servers = { protocol: server, outcome: outcomes };
  const documents = liveProtocolDocuments(db, server);
  return {
    server,
    outcomes,
    documents,
    listen(httpServer, { refuseOtherUpgrades }) {
      httpServer.on("upgrade", (req, socket, head) => {
        if (isCollabUpgrade(req)) handleCollabUpgrade(services, servers, req, socket, head);
        else if (refuseOtherUpgrades) refuseUpgrade(socket, 404);
      });
    },
    close() {
      server.close();
      outcomes.close();
      sockets.close();
    },
  };
}
