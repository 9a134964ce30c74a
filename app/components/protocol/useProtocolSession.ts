/**
 * The live document of one protocol in this browser: the Yjs document, its websocket to the server, its copy in
 * IndexedDB (so offline edits survive a reload), and the state the page reports: saved, saving, offline, or closed
 * by the server with a reason. Created in an effect, never in state (STACK.md pitfall 4: StrictMode's extra cleanup
 * destroys a provider created in state).
 */
import { useEffect, useState } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { COLLAB_PATH, reconnectsAfter } from "~/lib/protocol-room";
import { ServerAcknowledgement } from "./server-acknowledgement";

export type ConnectionState =
  | { kind: "connecting" }
  | { kind: "offline" }
  | { kind: "saving" }
  | { kind: "saved" }
  /** The server closed the room for good (app/lib/protocol-room.ts): no reconnecting. */
  | { kind: "closed"; code: number };

export interface ProtocolSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

export function useProtocolSession(options: { room: string; userId: number; keepOffline: boolean }) {
  const { room, userId, keepOffline } = options;
  const [session, setSession] = useState<ProtocolSession | null>(null);
  const [state, setState] = useState<ConnectionState>({ kind: "connecting" });

  useEffect(() => {
    const doc = new Y.Doc();
    // One store per person and document: two people sharing a browser never see each other's unsent edits.
    const local = keepOffline ? new IndexeddbPersistence(`${room}-user-${userId}`, doc) : null;
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    const provider = new WebsocketProvider(`${scheme}://${window.location.host}${COLLAB_PATH}`, room, doc, {
      connect: false,
      shouldReconnect: (event) => reconnectsAfter(event.code),
    });
    const acknowledgement = new ServerAcknowledgement(doc, provider);
    let closedWith: number | null = null;
    let lost = false; // a connection failed or dropped: until one is back, we are offline
    // The browser says the network is gone: offline at once, whatever the socket (whose close may take a while).
    let networkDown = !navigator.onLine;
    const report = () => {
      if (closedWith !== null) return setState({ kind: "closed", code: closedWith });
      if (networkDown) return setState({ kind: "offline" });
      if (!provider.wsconnected) return setState({ kind: lost ? "offline" : "connecting" });
      if (!provider.synced) return setState({ kind: "connecting" });
      setState({ kind: acknowledgement.saved ? "saved" : "saving" });
    };
    provider.on("closed", ({ code }) => {
      closedWith = code;
      report();
    });
    // A refused or lost connection while the page is open: say so at once (the provider retries by itself).
    const drop = () => {
      lost = true;
      report();
    };
    provider.on("connection-close", drop);
    provider.on("connection-error", drop);
    provider.on("status", (event) => {
      if (event.status === "connected") lost = false;
      report();
    });
    provider.on("sync", report);
    const stop = acknowledgement.subscribe(report);
    // The browser knows the network is gone before the socket does (which may take 30 s to notice): drop it now,
    // and try again as soon as the network is back instead of waiting for the back-off.
    const wentOffline = () => {
      networkDown = true;
      report();
      provider.ws?.close();
    };
    const cameOnline = () => {
      networkDown = false;
      report();
      if (closedWith === null) provider.connect();
    };
    window.addEventListener("offline", wentOffline);
    window.addEventListener("online", cameOnline);
    let cancelled = false;
    // Connect once the local copy is loaded, so the first sync already carries the edits made offline.
    void (local ? local.whenSynced : Promise.resolve()).then(() => {
      if (cancelled) return;
      provider.connect();
      setSession({ doc, provider });
    });
    return () => {
      cancelled = true;
      window.removeEventListener("offline", wentOffline);
      window.removeEventListener("online", cameOnline);
      stop();
      acknowledgement.destroy();
      provider.destroy();
      void local?.destroy();
      doc.destroy();
      setSession(null);
    };
  }, [room, userId, keepOffline]);

  return { session, state };
}
