import { and, eq, isNull } from "drizzle-orm";
import { DAY_MS } from "../../app/lib/session-expiry";
import { generateToken, hashToken } from "../../app/lib/tokens.server";
import type { Db } from "../client";
import { emailTokens, users, type EmailTokenPurpose, type User, type UserStatus } from "../schema";

export const INVITATION_LIFETIME_MS = 7 * DAY_MS;
export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

/** The only account state in which a link of each kind may be used. */
const usableWhen: Record<EmailTokenPurpose, UserStatus> = { invitation: "invited", password_reset: "active" };

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

export type TokenState = "expired" | "used" | "revoked" | "unknown";
export type TokenLookup = { state: "valid"; user: User; tokenId: number } | { state: TokenState };

export function lookupEmailToken(db: Db, purpose: EmailTokenPurpose, token: string, now = new Date()): TokenLookup {
  const row = db
    .select()
    .from(emailTokens)
    .innerJoin(users, eq(users.id, emailTokens.userId))
    .where(and(eq(emailTokens.tokenHash, hashToken(token)), eq(emailTokens.purpose, purpose)))
    .get();
  if (!row) return { state: "unknown" };
  if (row.email_tokens.usedAt) return { state: "used" };
  if (row.email_tokens.revokedAt) return { state: "revoked" };
  if (row.email_tokens.expiresAt.getTime() <= now.getTime()) return { state: "expired" };
  if (row.users.status === "disabled") return { state: "unknown" };
  // An invitation to an account already active, or a reset of one still invited, is void whatever its age.
  if (row.users.status !== usableWhen[purpose]) return { state: "revoked" };
  return { state: "valid", user: row.users, tokenId: row.email_tokens.id };
}

/**
 * Spends a token inside a transaction (single use). Checked again here, under the write lock: another request
 * may have spent or revoked it, or the account may have left the state the link was made for.
 */
export function spendEmailToken(tx: Db, tokenId: number, now: Date): "spent" | "used" | "revoked" {
  const row = tx
    .select({ token: emailTokens, status: users.status })
    .from(emailTokens)
    .innerJoin(users, eq(users.id, emailTokens.userId))
    .where(eq(emailTokens.id, tokenId))
    .get();
  if (!row || row.token.usedAt) return "used";
  if (row.token.revokedAt || row.status !== usableWhen[row.token.purpose]) return "revoked";
  tx.update(emailTokens).set({ usedAt: now }).where(eq(emailTokens.id, tokenId)).run();
  return "spent";
}

/** Voids every link of that kind of a user not yet used; returns how many were still open. */
export function revokeEmailTokens(tx: Db, userId: number, purpose: EmailTokenPurpose, now: Date): number {
  return tx
    .update(emailTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(emailTokens.userId, userId),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        isNull(emailTokens.revokedAt),
      ),
    )
    .run().changes;
}
