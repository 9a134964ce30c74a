/**
 * Collaboration clients for tests and the benchmark: the stock y-websocket provider in Node (with `ws`, which
 * Node 20 lacks: STACK.md pitfall 9) carrying the session cookie and the page's Origin like a browser, and raw
 * sockets for what no provider would send.
 */
import { once } from "node:events";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { COLLAB_PATH, PROTOCOL_FRAGMENT, protocolRoom } from "../../app/lib/protocol-room";
import { SESSION_COOKIE } from "../../db/sessions";
import { TestClient } from "./http";

/** A signed-in browser-like client (cookie jar and Origin). */
export async function signedInClient(baseUrl: string, email: string): Promise<TestClient> {
  const client = new TestClient(baseUrl);
  await client.signIn(email);
  return client;
}

/** The headers a browser sends with the upgrade from a page of the platform: its Origin and the cookie. */
export function upgradeHeaders(client: TestClient | null, origin?: string | null): Record<string, string> {
  const headers: Record<string, string> = {};
  const o = origin === undefined ? client?.origin : origin;
  if (o) headers.origin = o;
  const token = client?.cookie(SESSION_COOKIE);
  if (token) headers.cookie = `${SESSION_COOKIE}=${token}`;
  return headers;
}

/** `ws` with fixed headers, shaped as the provider's WebSocketPolyfill (it calls `new WS(url, protocols)`). */
export function socketWithHeaders(headers: Record<string, string>): typeof globalThis.WebSocket {
  class HeaderedSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return HeaderedSocket as unknown as typeof globalThis.WebSocket;
}

/** The provider's server URL: `ws://host:port/collab` (it appends `/<room>`). */
export function collabServerUrl(baseUrl: string): string {
  return new URL(COLLAB_PATH.replace(/\/$/, ""), baseUrl.replace(/^http/, "ws")).href;
}

export interface ProtocolClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The editor's content (the `default` XML fragment). */
  fragment: Y.XmlFragment;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  /** Resolves with the close code and reason of the first close the server sends. */
  closed: Promise<{ code: number; reason: string }>;
  destroy(): void;
}

/** A y-websocket provider on a meeting's protocol, as the signed-in `client` (in a browser tab, roughly). */
export function openProtocol(baseUrl: string, client: TestClient, meetingId: number): ProtocolClient {
  return openRoom(baseUrl, client, protocolRoom(meetingId));
}

/** A y-websocket provider on any room (`outcome-<conferenceId>` too), as the signed-in `client`. */
export function openRoom(baseUrl: string, client: TestClient, room: string): ProtocolClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabServerUrl(baseUrl), room, doc, {
    WebSocketPolyfill: socketWithHeaders(upgradeHeaders(client)),
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.once("sync", (isSynced: boolean) => isSynced && resolve());
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    provider.on("connection-close", (event) => {
      if (event) resolve({ code: event.code, reason: event.reason });
    });
  });
  return {
    doc,
    provider,
    fragment: doc.getXmlFragment(PROTOCOL_FRAGMENT),
    synced,
    closed,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Appends a paragraph with `text` to the editor's content (what TipTap does on Enter and typing). */
export function typeParagraph(client: { doc: Y.Doc; fragment: Y.XmlFragment }, text: string): Y.XmlText {
  const paragraph = new Y.XmlElement("paragraph");
  const content = new Y.XmlText();
  client.doc.transact(() => {
    client.fragment.push([paragraph]);
    paragraph.insert(0, [content]);
    content.insert(0, text);
  });
  return content;
}

/** Resolves when `predicate` holds for the document: now, or after one of its updates. Never polls. */
export function untilDoc(doc: Y.Doc, predicate: () => boolean): Promise<void> {
  if (predicate()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!predicate()) return;
      doc.off("update", check);
      resolve();
    };
    doc.on("update", check);
  });
}

/** The `user` of a client's presence as another client sees it, once it has arrived (awaited, never polled). */
export function presenceSeenBy(observer: ProtocolClient, clientId: number): Promise<Record<string, unknown>> {
  const user = () =>
    (observer.provider.awareness.getStates().get(clientId) as { user?: Record<string, unknown> } | undefined)?.user;
  return new Promise((resolve) => {
    const check = () => {
      const seen = user();
      if (!seen) return;
      observer.provider.awareness.off("change", check);
      resolve(seen);
    };
    observer.provider.awareness.on("change", check);
    check();
  });
}

export type RawOutcome = { opened: WebSocket } | { refused: number };

/** A raw socket on `/collab/<room>`: opened, or refused with the HTTP status of the upgrade. */
export async function rawSocket(baseUrl: string, room: string, headers: Record<string, string>): Promise<RawOutcome> {
  const ws = new WebSocket(`${collabServerUrl(baseUrl)}/${room}`, { headers });
  return new Promise<RawOutcome>((resolve, reject) => {
    ws.once("open", () => resolve({ opened: ws }));
    ws.once("unexpected-response", (_req, res) => {
      resolve({ refused: res.statusCode ?? 0 });
      res.resume();
      ws.terminate();
    });
    ws.once("error", reject);
  });
}

/** Resolves with the close code of a raw socket. */
export async function closeCodeOf(ws: WebSocket): Promise<number> {
  if (ws.readyState === WebSocket.CLOSED) throw new Error("already closed: listen before it closes");
  const [code] = (await once(ws, "close")) as [number, Buffer];
  return code;
}
