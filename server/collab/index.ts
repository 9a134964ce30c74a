/**
 * The collaboration server of the live protocol (issue 9, decision 0014), on the app's own port:
 * `/collab/protocol-<meetingId>`, the y-websocket protocol, the stock WebsocketProvider as client.
 */
import type http from "node:http";
import type { ProtocolDocuments, Services } from "../../app/context";
import { sessionExpiry } from "../../db/sessions";
import { SessionBoundConnections } from "../sessions/session-bound";
import type { SessionEnds } from "../sessions/session-ends";
import { liveProtocolDocuments } from "./documents";
import { ProtocolFinalisations } from "./finalisations";
import { RoleChanges } from "./role-changes";
import { CollabServer } from "./server";
import { handleCollabUpgrade, isCollabUpgrade, refuseUpgrade } from "./upgrade";

/** Collaboration sockets one user may hold at once (tabs, devices, protocols together). */
export const MAX_COLLAB_SOCKETS_PER_USER = 20;

export interface Collab {
  server: CollabServer;
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
  const server = new CollabServer(db, sockets, new RoleChanges(db), MAX_COLLAB_SOCKETS_PER_USER);
  const documents = liveProtocolDocuments(db, server);
  const stopFinalisations = new ProtocolFinalisations(db).on((meetingIds) =>
    meetingIds.forEach((id) => server.recheckFinalised(id)),
  );
  return {
    server,
    documents,
    listen(httpServer, { refuseOtherUpgrades }) {
      httpServer.on("upgrade", (req, socket, head) => {
        if (isCollabUpgrade(req)) handleCollabUpgrade(services, server, req, socket, head);
        else if (refuseOtherUpgrades) refuseUpgrade(socket, 404);
      });
    },
    close() {
      stopFinalisations();
      server.close();
      sockets.close();
    },
  };
}
