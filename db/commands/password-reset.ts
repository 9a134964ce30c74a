import { and, eq, gt } from "drizzle-orm";
import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { passwordResetMail } from "../../app/lib/emails";
import { DomainError } from "../../app/lib/errors";
import { enqueueMail } from "../outbox";
import type { Locale } from "../../app/lib/i18n";
import { passwordProblem } from "../../app/lib/password-rules";
import { hashPassword } from "../../app/lib/password.server";
import { createSession, invalidateUserSessions } from "../sessions";
import { writeTransaction } from "../client";
import { emailTokens, users } from "../schema";
import { tokenError } from "./accept-invitation";
import { issueEmailToken, lookupEmailToken, revokeEmailTokens, spendEmailToken } from "./email-tokens";

const MAX_RESETS_PER_HOUR = 3;

/**
 * Sends a reset link to an active account. The caller answers the same whatever happens here, so the form
 * never tells whether an address has an account.
 */
export function requestPasswordReset(
  services: Services,
  input: { email: string; locale: Locale },
  now = new Date(),
): void {
  const email = input.email.trim().toLowerCase();
  const sent = writeTransaction(services.db, (tx) => {
    const user = tx.select().from(users).where(eq(users.email, email)).get();
    if (!user || user.status !== "active") return false;
    const recent = tx
      .select({ id: emailTokens.id })
      .from(emailTokens)
      .where(
        and(
          eq(emailTokens.userId, user.id),
          eq(emailTokens.purpose, "password_reset"),
          gt(emailTokens.createdAt, new Date(now.getTime() - 3_600_000)),
        ),
      )
      .all();
    if (recent.length >= MAX_RESETS_PER_HOUR) return false;
    const { token, expiresAt } = issueEmailToken(tx, "password_reset", user.id, null, now);
    const link = new URL(`/reset-password/${token}`, services.config.appUrl).toString();
    const mail = passwordResetMail({
      locale: user.locale ?? input.locale,
      name: user.name,
      link,
      expiresAt,
      timeZone: user.timezone,
    });
    enqueueMail(tx, { to: user.email, ...mail }, now);
    appendAudit(
      tx,
      null,
      { action: "user.password_reset_requested", subjectType: "user", subjectId: user.id, details: {} },
      now,
    );
    return true;
  });
  if (sent) services.mail.kick();
}

/**
 * A new password from a reset link: every other session ends, every other reset link of the account dies,
 * and the person is signed in afresh.
 */
export async function resetPassword(services: Services, input: { token: string; password: string }, now = new Date()) {
  const found = lookupEmailToken(services.db, "password_reset", input.token, now);
  if (found.state !== "valid") throw tokenError(found.state);
  const problem = passwordProblem(input.password, found.user.email);
  if (problem) throw new DomainError(problem, 422, {}, "password");
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(services.db, (tx) => {
    const spent = spendEmailToken(tx, found.tokenId, now);
    if (spent !== "spent") throw tokenError(spent);
    const linksCancelled = revokeEmailTokens(tx, found.user.id, "password_reset", now);
    tx.update(users).set({ passwordHash }).where(eq(users.id, found.user.id)).run();
    const sessionsEnded = invalidateUserSessions(tx, found.user.id);
    appendAudit(
      tx,
      found.user.id,
      {
        action: "user.password_reset",
        subjectType: "user",
        subjectId: found.user.id,
        details: { sessionsEnded, linksCancelled },
      },
      now,
    );
    return createSession(tx, found.user.id, now);
  });
}
