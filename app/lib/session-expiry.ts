// Sliding session expiry, after the Lucia guide: 30 days, renewed when fewer than 15 remain.
export const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
export const SESSION_RENEW_WITHIN_MS = 15 * DAY_MS;

export type SessionVerdict = { kind: "expired" } | { kind: "valid" } | { kind: "renew"; expiresAt: Date };

export function judgeSession(expiresAt: Date, now: Date): SessionVerdict {
  if (now.getTime() >= expiresAt.getTime()) return { kind: "expired" };
  if (expiresAt.getTime() - now.getTime() < SESSION_RENEW_WITHIN_MS) {
    return { kind: "renew", expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) };
  }
  return { kind: "valid" };
}
