import { eq } from "drizzle-orm";
import { revokeEmailTokens } from "./email-tokens";
import { emailTokenPurposes } from "../schema/accounts";
import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { DomainError, forbidden } from "../../app/lib/errors";
import { invalidateUserSessions } from "../sessions";
import { can, type Actor } from "../../app/lib/policy";
import { writeTransaction, type Db } from "../client";
import { users } from "../schema";

function loadOther(tx: Db, actor: Actor, userId: number) {
  const user = tx.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new DomainError("error.notFound.title", 404);
  // An administrator cannot lock themselves out: another administrator must do it.
  if (user.id === actor.id) throw new DomainError("users.notYourself", 409);
  return user;
}

/** Disabling ends every session of the user at once; enabling lets them sign in again with their password. */
export function setUserDisabled(
  services: Services,
  actor: Actor,
  userId: number,
  disabled: boolean,
  now = new Date(),
): void {
  if (!can(actor, "users.manage")) throw forbidden();
  writeTransaction(services.db, (tx) => {
    const user = loadOther(tx, actor, userId);
    if (disabled) {
      if (user.status === "disabled") return;
      tx.update(users).set({ status: "disabled" }).where(eq(users.id, userId)).run();
      const sessionsEnded = invalidateUserSessions(tx, userId);
      // Links already mailed die with the account: enabling it again does not bring them back.
      const linksCancelled = emailTokenPurposes.reduce(
        (n, purpose) => n + revokeEmailTokens(tx, userId, purpose, now),
        0,
      );
      appendAudit(
        tx,
        actor.id,
        { action: "user.disabled", subjectType: "user", subjectId: userId, details: { sessionsEnded, linksCancelled } },
        now,
      );
    } else {
      if (user.status !== "disabled") return;
      tx.update(users)
        .set({ status: user.passwordHash ? "active" : "invited" })
        .where(eq(users.id, userId))
        .run();
      appendAudit(tx, actor.id, { action: "user.enabled", subjectType: "user", subjectId: userId, details: {} }, now);
    }
  });
}

export function setUserAdmin(
  services: Services,
  actor: Actor,
  userId: number,
  isAdmin: boolean,
  now = new Date(),
): void {
  if (!can(actor, "users.manage")) throw forbidden();
  writeTransaction(services.db, (tx) => {
    const user = loadOther(tx, actor, userId);
    if (user.isAdmin === isAdmin) return;
    tx.update(users).set({ isAdmin }).where(eq(users.id, userId)).run();
    appendAudit(
      tx,
      actor.id,
      {
        action: isAdmin ? "user.admin_granted" : "user.admin_revoked",
        subjectType: "user",
        subjectId: userId,
        details: {},
      },
      now,
    );
  });
}
