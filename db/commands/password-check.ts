/**
 * A password checked under the sign-in throttle (decision 0011): at sign-in, and when a signatory confirms a
 * signature with their password (issue 10). The attempt is counted as a failure in one IMMEDIATE transaction
 * BEFORE the slow hash check, so a burst of parallel guesses sees itself and no more passwords are checked than the
 * limits allow; a right password then clears its own count (`clear`, inside the caller's transaction).
 */
import { and, eq, gt, inArray, lt, or } from "drizzle-orm";
import { burnPasswordCheck, verifyPassword } from "../../app/lib/password.server";
import { judgeSignIn, signInKeys, THROTTLE_LOOKBACK_MS } from "../../app/lib/throttle";
import { writeTransaction, type Db } from "../client";
import { loginFailures, users, type User } from "../schema/accounts";

export type PasswordCheck =
  | { outcome: "throttled"; retryAfterMinutes: number }
  | { outcome: "wrong"; user: User | undefined }
  | { outcome: "right"; user: User; clear: (tx: Db) => void };

export async function checkPasswordThrottled(
  db: Db,
  input: { email: string; password: string; address: string },
  now: Date,
): Promise<PasswordCheck> {
  const keys = signInKeys(input.email, input.address);
  const keyList = [keys.pair, keys.account, keys.address];
  const attempt = writeTransaction(db, (tx) => {
    const since = new Date(now.getTime() - THROTTLE_LOOKBACK_MS);
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
    const user = tx.select().from(users).where(eq(users.email, input.email)).get();
    return { allowed: true as const, pending, user };
  });
  if (!attempt.allowed) return { outcome: "throttled", retryAfterMinutes: attempt.retryAfterMinutes };
  const { user, pending } = attempt;
  const right = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordCheck(input.password), false);
  // A wrong password stays counted.
  if (!user || !right) return { outcome: "wrong", user };
  return {
    outcome: "right",
    user,
    // The owner's success clears this attempt and their address's failures on this account; failures from
    // other addresses stay counted against the account.
    clear: (tx) =>
      tx
        .delete(loginFailures)
        .where(or(inArray(loginFailures.id, pending), eq(loginFailures.key, keys.pair)))
        .run(),
  };
}
