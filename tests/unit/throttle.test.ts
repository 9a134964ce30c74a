import { describe, expect, it } from "vitest";
import { accountRule, addressRule, judgeThrottle, strictest } from "~/lib/throttle";

const now = new Date("2026-11-23T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("sign-in throttling per account: 5 failures in 15 minutes lock it for 15 minutes", () => {
  it("four recent failures still let the next attempt through", () => {
    expect(judgeThrottle([1, 2, 3, 4].map(minutesAgo), now, accountRule)).toEqual({ allowed: true });
  });

  it("the fifth failure locks the account, and says for how many minutes", () => {
    expect(judgeThrottle([0, 1, 2, 3, 4].map(minutesAgo), now, accountRule)).toEqual({
      allowed: false,
      retryAfterMinutes: 15,
    });
    expect(judgeThrottle([10, 11, 12, 13, 14].map(minutesAgo), now, accountRule)).toEqual({
      allowed: false,
      retryAfterMinutes: 5,
    });
  });

  it("a partial minute left is rounded up, never down to zero", () => {
    const failures = [0, 1, 2, 3].map(minutesAgo).concat(new Date(now.getTime() - 14.5 * 60_000));
    const lastFailure = new Date(now.getTime() - (15 * 60_000 - 20_000));
    expect(judgeThrottle([...failures.slice(0, 4).map(() => lastFailure), lastFailure], now, accountRule)).toEqual({
      allowed: false,
      retryAfterMinutes: 1,
    });
  });

  it("failures older than the window no longer count", () => {
    expect(judgeThrottle([16, 17, 18, 19, 20].map(minutesAgo), now, accountRule)).toEqual({ allowed: true });
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
