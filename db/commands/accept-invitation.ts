import { eq } from "drizzle-orm";
import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { DomainError } from "../../app/lib/errors";
import { passwordProblem } from "../../app/lib/password-rules";
import { hashPassword } from "../../app/lib/password.server";
import { createSession } from "../sessions";
import { writeTransaction } from "../client";
import { users } from "../schema";
import { lookupEmailToken, spendEmailToken } from "./email-tokens";

export function tokenError(state: "expired" | "used" | "unknown"): DomainError {
  return new DomainError(
    state === "expired" ? "token.expired" : state === "used" ? "token.used" : "token.unknown",
    410,
  );
}

/** The invitee sets a password (and may correct their name); the link is spent and they are signed in. */
export async function acceptInvitation(
  services: Services,
  input: { token: string; name: string; password: string },
  now = new Date(),
) {
  const found = lookupEmailToken(services.db, "invitation", input.token, now);
  if (found.state !== "valid") throw tokenError(found.state);
  const problem = passwordProblem(input.password, found.user.email);
  if (problem) throw new DomainError(problem, 422, {}, "password");
  const name = input.name.trim() || found.user.name;
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(services.db, (tx) => {
    if (!spendEmailToken(tx, found.tokenId, now)) throw tokenError("used");
    tx.update(users).set({ passwordHash, name, status: "active" }).where(eq(users.id, found.user.id)).run();
    appendAudit(
      tx,
      found.user.id,
      { action: "user.invitation_accepted", subjectType: "user", subjectId: found.user.id, details: {} },
      now,
    );
    return createSession(tx, found.user.id, now);
  });
}
