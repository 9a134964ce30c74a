import { eq } from "drizzle-orm";
import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { DomainError } from "../../app/lib/errors";
import { passwordProblem } from "../../app/lib/password-rules";
import { normaliseLine, textProblem } from "../../app/lib/text-rules";
import { hashPassword } from "../../app/lib/password.server";
import { createSession } from "../sessions";
import { writeTransaction } from "../client";
import { users } from "../schema";
import { lookupEmailToken, revokeEmailTokens, spendEmailToken, type TokenState } from "./email-tokens";

const tokenMessages = {
  expired: "token.expired",
  used: "token.used",
  revoked: "token.revoked",
  unknown: "token.unknown",
} as const satisfies Record<TokenState, string>;

export function tokenError(state: TokenState): DomainError {
  return new DomainError(tokenMessages[state], 410);
}

/**
 * The invitee sets a password (and may correct their name); the link is spent and they are signed in.
 * Only an account still invited may be taken up this way, and every other invitation link of it dies with
 * this one, so an older link (after a resend) can never set a password on an active account.
 */
export async function acceptInvitation(
  services: Services,
  input: { token: string; name: string; password: string },
  now = new Date(),
) {
  const found = lookupEmailToken(services.db, "invitation", input.token, now);
  if (found.state !== "valid") throw tokenError(found.state);
  const problem = passwordProblem(input.password, found.user.email);
  if (problem) throw new DomainError(problem, 422, {}, "password");
  const typedName = normaliseLine(input.name);
  const nameProblem = textProblem(typedName, "name");
  if (nameProblem) throw new DomainError(nameProblem, 422, {}, "name");
  const name = typedName || found.user.name;
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(services.db, (tx) => {
    const spent = spendEmailToken(tx, found.tokenId, now);
    if (spent !== "spent") throw tokenError(spent);
    const linksCancelled = revokeEmailTokens(tx, found.user.id, "invitation", now);
    tx.update(users).set({ passwordHash, name, status: "active" }).where(eq(users.id, found.user.id)).run();
    appendAudit(
      tx,
      found.user.id,
      {
        action: "user.invitation_accepted",
        subjectType: "user",
        subjectId: found.user.id,
        details: { linksCancelled },
      },
      now,
    );
    return createSession(tx, found.user.id, now);
  });
}
