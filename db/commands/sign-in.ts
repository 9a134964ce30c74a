import { type Services } from "../../app/context";
import { appendAudit } from "../audit";
import { createSession } from "../sessions";
import { checkPasswordThrottled } from "./password-check";
import { writeTransaction } from "../client";

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

export async function signIn(
  services: Services,
  input: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const { db } = services;
  const email = input.email.trim().toLowerCase();
  const check = await checkPasswordThrottled(db, { email, password: input.password, address: input.address }, now);
  if (check.outcome === "throttled")
    return { ok: false, reason: "throttled", retryAfterMinutes: check.retryAfterMinutes };
  if (check.outcome === "wrong") {
    const { user } = check;
    // The failure is already counted; an existing account's owner and administrators see it in the log.
    if (user)
      writeTransaction(db, (tx) =>
        appendAudit(
          tx,
          null,
          {
            action: "user.sign_in_failed",
            subjectType: "user",
            subjectId: user.id,
            details: { address: input.address },
          },
          now,
        ),
      );
    return { ok: false, reason: "invalid" };
  }
  const { user } = check;
  // Only someone who knows the password learns that the account is disabled.
  if (user.status !== "active") return { ok: false, reason: user.status === "disabled" ? "disabled" : "invalid" };

  return writeTransaction(db, (tx) => {
    // The owner's success clears this attempt and their address's failures on this account; failures from
    // other addresses stay counted against the account.
    check.clear(tx);
    const { token, session } = createSession(tx, user.id, now);
    appendAudit(
      tx,
      user.id,
      { action: "user.signed_in", subjectType: "user", subjectId: user.id, details: { address: input.address } },
      now,
    );
    return { ok: true as const, token, expiresAt: session.expiresAt };
  });
}
