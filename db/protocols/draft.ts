/**
 * The protocol draft of a convened meeting, generated from the meeting (issue 9). PLACEHOLDER while the
 * generator is being written: it only creates the protocol's row.
 */
import { writeTransaction, type Db } from "../client";
import { createProtocol } from "./store";

/**
 * Makes sure the meeting's protocol exists, with its generated first text; does nothing when it already
 * exists. Idempotent and safe to call from every page load and every room opening. Call it only for a
 * meeting whose protocol the caller may read (the access path has been asked already).
 */
export function ensureProtocolDraft(db: Db, meetingId: number): void {
  writeTransaction(db, (tx) => createProtocol(tx, meetingId));
}
