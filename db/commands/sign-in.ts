import { and, eq, gt, inArray, lt, or } from "drizzle-orm";
import { type Services } from "../../app/context";
import { appendAudit } from "../audit";
import { burnPasswordCheck, verifyPassword } from "../../app/lib/password.server";
import { createSession } from "../sessions";
import {
  accountRule,
  addressRule,
  judgeThrottle,
  strictest,
  THROTTLE_LOOKBACK_MS,
  judgeSignIn,
  signInKeys,
} from "../../app/lib/throttle";
import { writeTransaction } from "../client";
import { loginFailures, users } from "../schema/accounts";

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
  const keys = signInKeys(email, input.address);

  // Check and record in one IMMEDIATE transaction, before the slow password check: every attempt counts as
  // a failure until it succeeds, so a burst of parallel guesses sees itself and no more passwords are
  // checked than the limits allow.
  const attempt = writeTransaction(db, (tx) => {
    const since = new Date(now.getTime() - THROTTLE_LOOKBACK_MS);
    const keyList = [keys.pair, keys.account, keys.address];
    // Failures older than every rule's reach are forgotten, so the table stays small.
    tx.delete(loginFailures)
      .where(and(inArray(loginFailures.key, keyList), lt(loginFailures.at, since)))
      .run();
    const failures = tx
      .select({ key: loginFailures.key, at: loginFailures.at })
      .from(loginFailures)
      .where(and(inArray(loginFailures.key, keyList), gt(loginFailures.at, since)))
      .all();
    const verdict = judgeSignIn(failures, keys, now);
    if (!verdict.allowed) return verdict;
    const pending = tx
      .insert(loginFailures)
      .values(keyList.map((key) => ({ key, at: now })))
      .returning({ id: loginFailures.id })
      .all()
      .map((r) => r.id);
    const user = tx.select().from(users).where(eq(users.email, email)).get();
    return { allowed: true as const, pending, user };
  });
  if (!attempt.allowed) return { ok: false, reason: "throttled", retryAfterMinutes: attempt.retryAfterMinutes };

  const { user, pending } = attempt;
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordCheck(input.password), false);
  if (!user || !passwordOk) {
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
  // Only someone who knows the password learns that the account is disabled.
  if (user.status !== "active") return { ok: false, reason: user.status === "disabled" ? "disabled" : "invalid" };

  return writeTransaction(db, (tx) => {
    // The owner's success clears this attempt and their address's failures on this account; failures from
    // other addresses stay counted against the account.
    tx.delete(loginFailures)
      .where(or(inArray(loginFailures.id, pending), eq(loginFailures.key, keys.pair)))
      .run();
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
