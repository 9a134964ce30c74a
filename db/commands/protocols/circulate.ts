/**
 * R11 (3.10): a copy of the signed protocol goes to every member of the body. Called by the signing command inside
 * the transaction of the last signature, so the copies are queued (outbox) in the same commit as that signature.
 * PLACEHOLDER until the export work lands: it queues nothing yet (the `export` branch replaces this file).
 */
import type { Db } from "../../client";

export function circulateSignedProtocol(_tx: Db, _finalId: number, _now: Date): void {}
