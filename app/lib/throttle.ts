// Sign-in throttling that an attacker cannot turn against the owner of an account.
// Failures are counted under three keys, whether or not the account exists, so the answer never tells:
// - one account from one address: the tight limit, so guessing from an address stops quickly, while the
//   owner, from their own address, is not locked out by it;
// - one account from everywhere: a slower limit that a single address can never reach on its own (the pair
//   limit lets one address fail at most 20 times an hour; tests/unit/throttle.test.ts plays a day of it),
//   against guessing spread over many addresses;
// - one address, whatever accounts it tries: against spraying one password over many accounts.
export interface ThrottleRule {
  /** failures allowed inside the window before the key is locked */
  maxFailures: number;
  windowMs: number;
  /** how long the key stays locked after the last failure that crossed the limit */
  lockMs: number;
}

const MINUTE = 60_000;
export const pairRule: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
export const accountRule: ThrottleRule = { maxFailures: 50, windowMs: 60 * MINUTE, lockMs: 15 * MINUTE };
export const addressRule: ThrottleRule = { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

/** How far back failures matter to any rule. */
export const THROTTLE_LOOKBACK_MS = Math.max(
  ...[pairRule, accountRule, addressRule].flatMap((r) => [r.windowMs, r.lockMs]),
);

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

/** The stricter of several verdicts. */
export function strictest(...verdicts: ThrottleVerdict[]): ThrottleVerdict {
  const refused = verdicts.filter((v): v is Extract<ThrottleVerdict, { allowed: false }> => !v.allowed);
  if (refused.length === 0) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(...refused.map((v) => v.retryAfterMinutes)) };
}

export interface SignInKeys {
  pair: string;
  account: string;
  address: string;
}

/** The keys one attempt is counted under; `email` is already normalised (trimmed, lower-case). */
export function signInKeys(email: string, address: string): SignInKeys {
  return { pair: `pair:${address}|${email}`, account: `email:${email}`, address: `ip:${address}` };
}

/** May this attempt have its password checked? `failures` are the recorded failures under any of its keys. */
export function judgeSignIn(
  failures: readonly { key: string; at: Date }[],
  keys: SignInKeys,
  now: Date,
): ThrottleVerdict {
  const under = (key: string) => failures.filter((f) => f.key === key).map((f) => f.at);
  return strictest(
    judgeThrottle(under(keys.pair), now, pairRule),
    judgeThrottle(under(keys.account), now, accountRule),
    judgeThrottle(under(keys.address), now, addressRule),
  );
}
