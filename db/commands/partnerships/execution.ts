/**
 * An action-plan item's execution (issue 12), as assignments' (R4, 3.4 в): the responsible party's people report
 * progress (a text, a file) and mark it done; the parties' heads accept it or return it with a reason. Each step:
 * the policy and the status asked inside the IMMEDIATE transaction, then the status, the history entry and the
 * audit row together, and with them the letters (notify.ts): done to the other parties' heads, accepted or returned
 * to the responsible party. They are delivered after the commit.
 */
import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import type { ActionPlanReportKind } from "../../../app/lib/action-plan-kinds";
import { statusAfter } from "../../../app/lib/action-plan-rules";
import { DomainError } from "../../../app/lib/errors";
import type { Actor } from "../../../app/lib/policy";
import type { PartnershipAction } from "../../../app/lib/policy-partnership";
import { appendAudit } from "../../audit";
import { writeTransaction, type Db } from "../../client";
import { reportText } from "../report-input";
import { checkWrittenFile, recordWrittenFile, storeWrittenFile } from "../../files/written";
import { actionPlanItems, actionPlanReports, type ActionPlanItem, type Body } from "../../schema";
import { loadActionPlanItem } from "./load-item";
import { notifyActionPlan } from "./notify";

export interface ItemRef {
  partnershipId: number;
  itemId: number;
}

const actionOf: Record<ActionPlanReportKind, PartnershipAction> = {
  progress: "actionPlan.report",
  done: "actionPlan.report",
  accepted: "actionPlan.decide",
  returned: "actionPlan.decide",
};

/**
 * One step on an item, in the caller's transaction (the demo's too): guard, new status, history entry, audit row.
 * Returns the item as it is now, with its partnership.
 */
export function recordItemStep(
  tx: Db,
  actor: Actor,
  ref: ItemRef,
  kind: ActionPlanReportKind,
  text: string,
  fileId: () => number | null,
  now: Date,
): { body: Body; item: ActionPlanItem } {
  const { body, item } = loadActionPlanItem(tx, actor, ref.partnershipId, ref.itemId, actionOf[kind]);
  const status = statusAfter(item.status, kind);
  if (!status)
    throw new DomainError(
      kind === "accepted" || kind === "returned" ? "partnership.error.notDone" : "partnership.error.finished",
      409,
    );
  const stamps =
    kind === "done"
      ? { doneAt: now }
      : kind === "accepted"
        ? { acceptedAt: now }
        : kind === "returned"
          ? { doneAt: null }
          : {};
  tx.update(actionPlanItems)
    .set({ status, ...stamps })
    .where(eq(actionPlanItems.id, item.id))
    .run();
  const file = fileId();
  const report = tx
    .insert(actionPlanReports)
    .values({ itemId: item.id, kind, text, fileId: file, authorId: actor.id, createdAt: now })
    .returning({ id: actionPlanReports.id })
    .get();
  appendAudit(
    tx,
    actor.id,
    {
      action: kind === "progress" ? "action_plan.reported" : `action_plan.${kind}`,
      subjectType: "action_plan_item",
      subjectId: item.id,
      details: { bodyId: ref.partnershipId, reportId: report.id, fileId: file, status },
    },
    now,
  );
  return { body, item: { ...item, status, ...stamps } };
}

/** A step with its letters, queued in the same transaction; delivered once it commits. */
function stepWithLetters(
  services: Services,
  actor: Actor,
  ref: ItemRef,
  kind: "done" | "accepted" | "returned",
  text: string,
  now: Date,
): void {
  writeTransaction(services.db, (tx) => {
    const { body, item } = recordItemStep(tx, actor, ref, kind, text, () => null, now);
    notifyActionPlan(services, tx, body, item, kind, now, { actorId: actor.id, note: text });
  });
  services.mail.kick();
}

/** Progress: a text and, optionally, a file (PDF, DOCX, ODT or text). A first report starts a planned item. */
export function reportItemProgress(
  services: Services,
  actor: Actor,
  ref: ItemRef,
  input: { text: string; upload: { name: string; bytes: Uint8Array } | null },
  now = new Date(),
): void {
  const text = reportText(input.text, true, "assignments.error.reportRequired");
  const checked = checkWrittenFile(input.upload);
  // Refused before any bytes are written; the transaction asks again (stored bytes are harmless if then refused).
  services.db.transaction((tx) =>
    loadActionPlanItem(tx as unknown as Db, actor, ref.partnershipId, ref.itemId, "actionPlan.report"),
  );
  const stored = storeWrittenFile(services, checked);
  writeTransaction(services.db, (tx) =>
    recordItemStep(tx, actor, ref, "progress", text, () => recordWrittenFile(tx, stored, actor.id), now),
  );
}

/** The responsible party says it is done: it now awaits the heads' decision (the other parties' heads are told). */
export function markItemDone(services: Services, actor: Actor, ref: ItemRef, note: string, now = new Date()): void {
  const text = reportText(note, false, "assignments.error.reportRequired");
  stepWithLetters(services, actor, ref, "done", text, now);
}

/** R4 (3.2 г): a party's head accepts the execution. */
export function acceptItem(services: Services, actor: Actor, ref: ItemRef, now = new Date()): void {
  stepWithLetters(services, actor, ref, "accepted", "", now);
}

/** …or returns it with a reason: it is in progress again, and the responsible party is told why. */
export function returnItem(services: Services, actor: Actor, ref: ItemRef, reason: string, now = new Date()): void {
  const text = reportText(reason, true, "assignments.error.reasonRequired");
  stepWithLetters(services, actor, ref, "returned", text, now);
}
