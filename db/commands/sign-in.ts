import { and, eq, gt, inArray } from "drizzle-orm";
import type { Services } from "../../app/context";
import { appendAudit } from "../audit";
import { burnPasswordCheck, verifyPassword } from "../../app/lib/password.server";
import { createSession } from "../sessions";
import { accountRule, addressRule, judgeThrottle, strictest } from "../../app/lib/throttle";
import { writeTransaction } from "../client";
import { loginFailures, users } from "../schema";

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

const keys = (email: string, address: string) => ({ account: `email:${email}`, address: `ip:${address}` });

export async function signIn(
  services: Services,
  input: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const { db } = services;
  const email = input.email.trim().toLowerCase();
  const key = keys(email, input.address);
  const since = new Date(
    now.getTime() - Math.max(accountRule.windowMs, accountRule.lockMs, addressRule.windowMs, addressRule.lockMs),
  );
  const failures = db
    .select()
    .from(loginFailures)
    .where(and(inArray(loginFailures.key, [key.account, key.address]), gt(loginFailures.at, since)))
    .all();
  const verdict = strictest(
    judgeThrottle(
      failures.filter((f) => f.key === key.account).map((f) => f.at),
      now,
      accountRule,
    ),
    judgeThrottle(
      failures.filter((f) => f.key === key.address).map((f) => f.at),
      now,
      addressRule,
    ),
  );
  if (!verdict.allowed) return { ok: false, reason: "throttled", retryAfterMinutes: verdict.retryAfterMinutes };

  const user = db.select().from(users).where(eq(users.email, email)).get();
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordCheck(input.password), false);
  if (!user || !passwordOk) {
    writeTransaction(db, (tx) => {
      tx.insert(loginFailures)
        .values([
          { key: key.account, at: now },
          { key: key.address, at: now },
        ])
        .run();
    });
    return { ok: false, reason: "invalid" };
  }
  // Only someone who knows the password learns that the account is disabled.
  if (user.status !== "active") return { ok: false, reason: user.status === "disabled" ? "disabled" : "invalid" };

  return writeTransaction(db, (tx) => {
    tx.delete(loginFailures).where(eq(loginFailures.key, key.account)).run();
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
