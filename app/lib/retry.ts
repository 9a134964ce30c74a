// When a failed e-mail is tried again: quickly at first, then less often; given up after MAX attempts,
// when it stays in the outbox marked failed for an administrator to see and resend.
const MINUTE = 60_000;
const backoff = [1, 5, 15, 60, 180, 720].map((m) => m * MINUTE);
export const MAX_DELIVERY_ATTEMPTS = backoff.length + 1;

export type RetryVerdict = { kind: "retry"; at: Date } | { kind: "give-up" };

export function nextDeliveryAttempt(attemptsMade: number, now: Date): RetryVerdict {
  if (attemptsMade >= MAX_DELIVERY_ATTEMPTS) return { kind: "give-up" };
  const wait = backoff[Math.min(attemptsMade - 1, backoff.length - 1)] ?? backoff[0]!;
  return { kind: "retry", at: new Date(now.getTime() + wait) };
}
