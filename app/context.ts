import { type Db } from "../db/client";
import { type Session, type User } from "../db/schema/accounts";

export interface Config {
  /** The public address, used in e-mail links and as the allowed Origin. */
  appUrl: string;
  dataDir: string;
  databaseFile: string;
  /** smtp(s)://user:pass@host:port; absent: messages are written as .eml files under dataDir/outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  secureCookies: boolean;
  production: boolean;
  /** R6: how long new materials stay quiet before the members' digest goes out (MATERIALS_DIGEST_QUIET_MINUTES, 10). */
  materialsDigestQuietMs?: number;
  /** Which X-Forwarded-For hops to believe (TRUST_PROXY); absent: a proxy on the loopback only. */
  trustProxy?: boolean | number | string;
  /** AUDIT_KEY (base64); absent: the key file dataDir/audit.key, created on first start (decision 0012). */
  auditKey?: string | null;
}

export interface MailQueue {
  /** Deliver what is due now, after the transaction that queued it has committed. */
  kick(): void;
}

/** Real-time updates for pages that watch a meeting (server-sent events). */
export interface LiveUpdates {
  /** After commit: tell everyone watching this meeting that something changed. */
  publish(meetingId: number, what: string): void;
}

/**
 * The protocols' Yjs documents (server/collab). A change the platform makes to a protocol (its generated parts,
 * a restored version) goes through here, so that it is stored first and then reaches every open editor.
 */
export interface ProtocolDocuments {
  /**
   * Applies `edit` to the protocol of the meeting: on a copy first, then the resulting update is appended to the
   * database and only then applied to the open document and broadcast. Throws a DomainError (409) when the
   * protocol is finalised. `userId` is who asked (null: the platform itself).
   * `inTransaction`, when given, runs in the same write transaction, after the update is appended (or when the edit
   * changed nothing): the guard and the audit row of the change go there, so that the change and its record are
   * one commit. If it throws, nothing is stored, applied or broadcast.
   */
  change(
    meetingId: number,
    userId: number | null,
    edit: (doc: import("yjs").Doc) => void,
    inTransaction?: (tx: Db) => void,
  ): void;
  /** The protocol's current state as one Yjs update (from the open document, or from the database). */
  state(meetingId: number): Uint8Array;
}

export interface Services {
  db: Db;
  config: Config;
  mail: MailQueue;
  live: LiveUpdates;
  protocols: ProtocolDocuments;
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    services: Services;
    user: User | null;
    session: Session | null;
    cspNonce: string;
    clientAddress: string;
  }
}
