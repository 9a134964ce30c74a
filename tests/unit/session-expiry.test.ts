import { describe, expect, it } from "vitest";
import { DAY_MS, judgeSession, SESSION_LIFETIME_MS } from "~/lib/session-expiry";

const now = new Date("2026-11-23T12:00:00Z");
const inDays = (d: number) => new Date(now.getTime() + d * DAY_MS);

describe("sliding session expiry (Lucia guide: 30 days, renewed when under 15 remain)", () => {
  it("a session with more than 15 days left is simply valid", () => {
    expect(judgeSession(inDays(29), now)).toEqual({ kind: "valid" });
    expect(judgeSession(inDays(15), now)).toEqual({ kind: "valid" });
  });

  it("a session with under 15 days left is renewed to a full 30 days from now", () => {
    expect(judgeSession(new Date(inDays(15).getTime() - 1), now)).toEqual({
      kind: "renew",
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
    });
    expect(judgeSession(inDays(1), now).kind).toBe("renew");
  });

  it("a session at or past its expiry is over", () => {
    expect(judgeSession(now, now)).toEqual({ kind: "expired" });
    expect(judgeSession(inDays(-1), now)).toEqual({ kind: "expired" });
  });
});
