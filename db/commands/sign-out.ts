import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { invalidateSession } from "../sessions";
import { writeTransaction } from "../client";

export function signOut(services: Services, userId: number, sessionId: string, now = new Date()): void {
  writeTransaction(services.db, (tx) => {
    invalidateSession(tx, sessionId);
    appendAudit(tx, userId, { action: "user.signed_out", subjectType: "user", subjectId: userId, details: {} }, now);
  });
}
