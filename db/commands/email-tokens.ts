import { and, eq, isNull } from "drizzle-orm";
import { DAY_MS } from "../../app/lib/session-expiry";
import { generateToken, hashToken } from "../../app/lib/tokens.server";
import type { Db } from "../client";
import { emailTokens, users, type EmailTokenPurpose, type User } from "../schema";

export const INVITATION_LIFETIME_MS = 7 * DAY_MS;
export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

export function issueEmailToken(
  tx: Db,
  purpose: EmailTokenPurpose,
  userId: number,
  createdById: number | null,
  now: Date,
) {
  const token = generateToken();
  const expiresAt = new Date(
    now.getTime() + (purpose === "invitation" ? INVITATION_LIFETIME_MS : PASSWORD_RESET_LIFETIME_MS),
  );
  tx.insert(emailTokens)
    .values({ purpose, tokenHash: hashToken(token), userId, createdById, expiresAt })
    .run();
  return { token, expiresAt };
}

export type TokenLookup = { state: "valid"; user: User; tokenId: number } | { state: "expired" | "used" | "unknown" };

export function lookupEmailToken(db: Db, purpose: EmailTokenPurpose, token: string, now = new Date()): TokenLookup {
  const row = db
    .select()
    .from(emailTokens)
    .innerJoin(users, eq(users.id, emailTokens.userId))
    .where(and(eq(emailTokens.tokenHash, hashToken(token)), eq(emailTokens.purpose, purpose)))
    .get();
  if (!row) return { state: "unknown" };
  if (row.email_tokens.usedAt) return { state: "used" };
  if (row.email_tokens.expiresAt.getTime() <= now.getTime()) return { state: "expired" };
  if (row.users.status === "disabled") return { state: "unknown" };
  return { state: "valid", user: row.users, tokenId: row.email_tokens.id };
}

/** Spends a token inside a transaction; false if another request spent it first (single use). */
export function spendEmailToken(tx: Db, tokenId: number, now: Date): boolean {
  return (
    tx
      .update(emailTokens)
      .set({ usedAt: now })
      .where(and(eq(emailTokens.id, tokenId), isNull(emailTokens.usedAt)))
      .run().changes === 1
  );
}
