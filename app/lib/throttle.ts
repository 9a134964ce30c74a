// Sign-in throttling. Keys are counted whether or not the account exists, so the answer never tells.
export interface ThrottleRule {
  /** failures allowed inside the window before the key is locked */
  maxFailures: number;
  windowMs: number;
  /** how long the key stays locked after the last failure that crossed the limit */
  lockMs: number;
}

const MINUTE = 60_000;
export const accountRule: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
export const addressRule: ThrottleRule = { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/** `failures` are the times of recent failed attempts for one key, in any order. */
export function judgeThrottle(failures: readonly Date[], now: Date, rule: ThrottleRule): ThrottleVerdict {
  const since = now.getTime() - Math.max(rule.windowMs, rule.lockMs);
  const recent = failures.map((d) => d.getTime()).filter((t) => t > since && t <= now.getTime());
  const inWindow = recent.filter((t) => t > now.getTime() - rule.windowMs);
  if (inWindow.length < rule.maxFailures) return { allowed: true };
  const last = Math.max(...recent);
  const unlockAt = last + rule.lockMs;
  if (unlockAt <= now.getTime()) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((unlockAt - now.getTime()) / MINUTE)) };
}

/** The stricter of several verdicts (account and address). */
export function strictest(...verdicts: ThrottleVerdict[]): ThrottleVerdict {
  const refused = verdicts.filter((v): v is Extract<ThrottleVerdict, { allowed: false }> => !v.allowed);
  if (refused.length === 0) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(...refused.map((v) => v.retryAfterMinutes)) };
}
