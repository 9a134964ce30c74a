import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { DomainError, forbidden } from "../../app/lib/errors";
import { isTimeZone } from "../../app/lib/format";
import { localeField, nameField, optionalIdField, optionalLine } from "../../app/lib/forms";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "../../app/lib/password-rules";
import { hashPassword, verifyPassword } from "../../app/lib/password.server";
import { can } from "../../app/lib/policy";
import { writeTransaction } from "../client";
import { organisations, sessions, users, type User } from "../schema";
import { revokeEmailTokens } from "./email-tokens";

export const profileSchema = z.object({
  name: nameField,
  organisationId: optionalIdField,
  position: optionalLine("name"),
  locale: localeField,
  timezone: z.string().max(64, { message: "field.invalid" }).refine(isTimeZone, { message: "field.invalid" }),
});
export type ProfileInput = z.output<typeof profileSchema>;

export function updateProfile(services: Services, actor: User, input: ProfileInput, now = new Date()): void {
  if (!can(actor, "profile.update")) throw forbidden();
  writeTransaction(services.db, (tx) => {
    if (
      input.organisationId &&
      !tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).get()
    ) {
      throw new DomainError("field.invalid", 422, {}, "organisationId");
    }
    const changed = (Object.keys(input) as (keyof ProfileInput)[]).filter((k) => input[k] !== actor[k]);
    if (changed.length === 0) return;
    tx.update(users).set(input).where(eq(users.id, actor.id)).run();
    appendAudit(
      tx,
      actor.id,
      { action: "user.profile_updated", subjectType: "user", subjectId: actor.id, details: { changed } },
      now,
    );
  });
}

/**
 * Changing one's password ends every other session (a stolen one among them) and voids every reset link
 * still open; this session stays.
 */
export async function changePassword(
  services: Services,
  actor: User,
  currentSessionId: string,
  input: { current: string; next: string },
  now = new Date(),
) {
  if (!can(actor, "profile.update")) throw forbidden();
  const plausible = [...input.current].length <= PASSWORD_MAX_LENGTH; // no stored password is longer: skip hashing megabytes
  if (!actor.passwordHash || !plausible || !(await verifyPassword(actor.passwordHash, input.current))) {
    throw new DomainError("password.currentWrong", 422, {}, "current");
  }
  const problem = passwordProblem(input.next, actor.email);
  if (problem) throw new DomainError(problem, 422, {}, "next");
  const passwordHash = await hashPassword(input.next);
  writeTransaction(services.db, (tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, actor.id)).run();
    const sessionsEnded = tx
      .delete(sessions)
      .where(and(eq(sessions.userId, actor.id), ne(sessions.id, currentSessionId)))
      .run().changes;
    const linksCancelled = revokeEmailTokens(tx, actor.id, "password_reset", now);
    appendAudit(
      tx,
      actor.id,
      {
        action: "user.password_changed",
        subjectType: "user",
        subjectId: actor.id,
        details: { sessionsEnded, linksCancelled },
      },
      now,
    );
  });
}

/** The language switcher remembers the choice in the profile (a preference: not audited). */
export function setPreferredLocale(services: Services, actor: User, locale: "ru" | "en"): void {
  if (!can(actor, "profile.update") || actor.locale === locale) return;
  services.db.update(users).set({ locale }).where(eq(users.id, actor.id)).run();
}
