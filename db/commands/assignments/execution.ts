// R4 (3.4 в): the assignee reports progress and marks the assignment done; a co-chair accepts it or returns it.
import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import type { AssignmentReportKind, AssignmentStatus } from "../../../app/lib/assignment-kinds";
import { DomainError } from "../../../app/lib/errors";
import { can, type Actor } from "../../../app/lib/policy";
import { appendAudit } from "../../audit";
import { writeTransaction, type Db } from "../../client";
import { reportText } from "../report-input";
import { checkWrittenFile, recordWrittenFile, storeWrittenFile } from "../../files/written";
import { assignmentReports, assignments } from "../../schema/assignments";
import { loadAssignment, type AssignmentContext } from "./load";
import { notifyAssignees } from "./notify";

export interface ReportInput {
  text: string;
  upload: { name: string; bytes: Uint8Array } | null;
}

function mayReport(actor: Actor, ctx: AssignmentContext): void {
  if (!can(actor, "assignment.report", { ...ctx.scope, named: ctx.named }))
    throw new DomainError("error.forbidden.title", 403);
}

function mayDecide(actor: Actor, ctx: AssignmentContext): void {
  if (!can(actor, "assignment.decide", ctx.scope)) throw new DomainError("error.forbidden.title", 403);
}

function requireStatus(ctx: AssignmentContext, status: AssignmentStatus): void {
  if (ctx.assignment.status !== status)
    throw new DomainError(status === "open" ? "assignments.error.notOpen" : "assignments.error.notDone", 409);
}

/** The history entry and its audit row, in the caller's transaction. */
function record(
  tx: Db,
  actor: Actor,
  ctx: AssignmentContext,
  kind: AssignmentReportKind,
  text: string,
  fileId: number | null,
  now: Date,
): void {
  const report = tx
    .insert(assignmentReports)
    .values({ assignmentId: ctx.assignment.id, kind, text, fileId, authorId: actor.id, createdAt: now })
    .returning({ id: assignmentReports.id })
    .get();
  const action = kind === "progress" ? "assignment.reported" : (`assignment.${kind}` as const);
  appendAudit(
    tx,
    actor.id,
    { action, subjectType: "assignment", subjectId: ctx.assignment.id, details: { reportId: report.id, fileId } },
    now,
  );
}

/** A progress report: a text and, optionally, a file (PDF, DOCX, ODT, XLSX, text, images as the upload rules allow). */
export function reportProgress(
  services: Services,
  actor: Actor,
  assignmentId: number,
  input: ReportInput,
  now = new Date(),
): void {
  const text = reportText(input.text, true, "assignments.error.reportRequired");
  const checked = checkWrittenFile(input.upload);
  // Refuse before writing any bytes; the transaction asks again (content-addressed bytes are harmless if refused).
  services.db.transaction((tx) => mayReport(actor, loadAssignment(tx as unknown as Db, actor, assignmentId)));
  const stored = storeWrittenFile(services, checked);
  writeTransaction(services.db, (tx) => {
    const ctx = loadAssignment(tx, actor, assignmentId);
    mayReport(actor, ctx);
    requireStatus(ctx, "open");
    record(tx, actor, ctx, "progress", text, recordWrittenFile(tx, stored, actor.id), now);
  });
}

/** The assignee says it is done: it now awaits a co-chair's acceptance. */
export function markDone(services: Services, actor: Actor, assignmentId: number, note: string, now = new Date()): void {
  const text = reportText(note, false, "assignments.error.reportRequired");
  writeTransaction(services.db, (tx) => {
    const ctx = loadAssignment(tx, actor, assignmentId);
    mayReport(actor, ctx);
    requireStatus(ctx, "open");
    tx.update(assignments).set({ status: "done", doneAt: now }).where(eq(assignments.id, assignmentId)).run();
    record(tx, actor, ctx, "done", text, null, now);
  });
}

/** R4 (3.2 г): a co-chair (or deputy) accepts the execution. */
export function acceptAssignment(services: Services, actor: Actor, assignmentId: number, now = new Date()): void {
  writeTransaction(services.db, (tx) => {
    const ctx = loadAssignment(tx, actor, assignmentId);
    mayDecide(actor, ctx);
    requireStatus(ctx, "done");
    tx.update(assignments).set({ status: "accepted", acceptedAt: now }).where(eq(assignments.id, assignmentId)).run();
    record(tx, actor, ctx, "accepted", "", null, now);
  });
}

/** …or returns it with a reason: it is open again, and the assignees are told why. */
export function returnAssignment(
  services: Services,
  actor: Actor,
  assignmentId: number,
  reason: string,
  now = new Date(),
): void {
  const text = reportText(reason, true, "assignments.error.reasonRequired");
  writeTransaction(services.db, (tx) => {
    const ctx = loadAssignment(tx, actor, assignmentId);
    mayDecide(actor, ctx);
    requireStatus(ctx, "done");
    tx.update(assignments).set({ status: "open", doneAt: null }).where(eq(assignments.id, assignmentId)).run();
    record(tx, actor, ctx, "returned", text, null, now);
    notifyAssignees(services, tx, { ...ctx.assignment, status: "open" }, ctx.body, "returned", now, text);
  });
  services.mail.kick();
}
