import { describe, expect, it } from "vitest";
import {
  accountRule,
  addressRule,
  judgeSignIn,
  judgeThrottle,
  pairRule,
  signInKeys,
  strictest,
  THROTTLE_LOOKBACK_MS,
} from "~/lib/throttle";

const now = new Date("2026-11-23T12:00:00Z");
const MINUTE = 60_000;
const minutesAgo = (m: number) => new Date(now.getTime() - m * MINUTE);

describe("one account from one address: 5 failures in 15 minutes lock that pair for 15 minutes", () => {
  it("four recent failures still let the next attempt through", () => {
    expect(judgeThrottle([1, 2, 3, 4].map(minutesAgo), now, pairRule)).toEqual({ allowed: true });
  });

  it("the fifth failure locks the account, and says for how many minutes", () => {
    expect(judgeThrottle([0, 1, 2, 3, 4].map(minutesAgo), now, pairRule)).toEqual({
      allowed: false,
      retryAfterMinutes: 15,
    });
    expect(judgeThrottle([10, 11, 12, 13, 14].map(minutesAgo), now, pairRule)).toEqual({
      allowed: false,
      retryAfterMinutes: 5,
    });
  });

  it("a partial minute left is rounded up, never down to zero", () => {
    const failures = [0, 1, 2, 3].map(minutesAgo).concat(new Date(now.getTime() - 14.5 * 60_000));
    const lastFailure = new Date(now.getTime() - (15 * 60_000 - 20_000));
    expect(judgeThrottle([...failures.slice(0, 4).map(() => lastFailure), lastFailure], now, pairRule)).toEqual({
      allowed: false,
      retryAfterMinutes: 1,
    });
  });

  it("failures older than the window no longer count", () => {
    expect(judgeThrottle([16, 17, 18, 19, 20].map(minutesAgo), now, pairRule)).toEqual({ allowed: true });
  });
});

describe("per address: 20 failures in 15 minutes, whatever accounts they tried", () => {
  it("locks the address at the twentieth failure", () => {
    const nineteen = Array.from({ length: 19 }, (_, i) => minutesAgo(i * 0.5));
    expect(judgeThrottle(nineteen, now, addressRule).allowed).toBe(true);
    expect(judgeThrottle([...nineteen, now], now, addressRule).allowed).toBe(false);
  });

  it("the stricter verdict of account and address wins", () => {
    expect(strictest({ allowed: true }, { allowed: false, retryAfterMinutes: 3 })).toEqual({
      allowed: false,
      retryAfterMinutes: 3,
    });
    expect(strictest({ allowed: false, retryAfterMinutes: 7 }, { allowed: false, retryAfterMinutes: 3 })).toEqual({
      allowed: false,
      retryAfterMinutes: 7,
    });
    expect(strictest({ allowed: true }, { allowed: true })).toEqual({ allowed: true });
  });
});

describe("an attacker cannot turn throttling against the owner", () => {
  const keys = signInKeys("cochair.kz@example.org", "203.0.113.9");
  const owner = signInKeys("cochair.kz@example.org", "198.51.100.7");
  const fail = (k: typeof keys, at: Date) => [
    { key: k.pair, at },
    { key: k.account, at },
    { key: k.address, at },
  ];

  it("five failures from the attacker's address lock that address out of the account, not the owner's", () => {
    const failures = [0, 1, 2, 3, 4].flatMap((m) => fail(keys, minutesAgo(m)));
    expect(judgeSignIn(failures, keys, now).allowed).toBe(false);
    expect(judgeSignIn(failures, owner, now)).toEqual({ allowed: true });
  });

  it("one address guessing as fast as it is allowed, for a whole day, never locks the account for everyone", () => {
    let failures: { key: string; at: Date }[] = [];
    const start = now.getTime();
    let checked = 0;
    for (let t = start; t < start + 24 * 60 * MINUTE; t += 10_000) {
      const at = new Date(t);
      failures = failures.filter((f) => f.at.getTime() > t - THROTTLE_LOOKBACK_MS);
      if (judgeSignIn(failures, keys, at).allowed) {
        failures.push(...fail(keys, at));
        checked++;
      }
      expect(judgeSignIn(failures, owner, at)).toEqual({ allowed: true });
    }
    // 5 guesses every 15 minutes: 480 a day, and the owner was never refused.
    expect(checked).toBeLessThanOrEqual(5 * 4 * 24 + 5);
  });

  it("many addresses together reach the slower limit for the account: 50 failures within an hour", () => {
    const spread = Array.from({ length: 49 }, (_, i) =>
      fail(signInKeys("cochair.kz@example.org", `203.0.113.${i}`), minutesAgo(59 - i)),
    ).flat();
    expect(judgeSignIn(spread, owner, now)).toEqual({ allowed: true });
    const fifty = [...spread, ...fail(signInKeys("cochair.kz@example.org", "203.0.113.200"), now)];
    expect(judgeSignIn(fifty, owner, now)).toEqual({ allowed: false, retryAfterMinutes: 15 });
    expect(accountRule.maxFailures).toBeGreaterThan(pairRule.maxFailures * (accountRule.windowMs / pairRule.lockMs));
  });

  it("one address spraying many accounts is stopped by its own limit", () => {
    const sprayed = Array.from({ length: 20 }, (_, i) =>
      fail(signInKeys(`member${i}@example.org`, keys.address.slice(3)), minutesAgo(i * 0.5)),
    ).flat();
    expect(judgeSignIn(sprayed, keys, now).allowed).toBe(false);
    expect(judgeSignIn(sprayed, owner, now)).toEqual({ allowed: true });
    expect(addressRule.maxFailures).toBe(20);
  });
});
