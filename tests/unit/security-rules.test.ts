import { describe, expect, it } from "vitest";
import { isSafeMethod, isSameOrigin } from "~/lib/origin";
import { passwordProblem } from "~/lib/password-rules";
import { can } from "~/lib/policy";
import { MAX_DELIVERY_ATTEMPTS, nextDeliveryAttempt } from "~/lib/retry";
import { safeRedirectPath } from "~/lib/redirect-target";
import { trustProxyFrom } from "../../server/http/proxy";

describe("Origin check for state-changing requests", () => {
  const appUrl = "https://platform.example.org";
  it("accepts exactly our public origin: scheme, host and port", () => {
    expect(isSameOrigin("https://platform.example.org", appUrl)).toBe(true);
    expect(isSameOrigin("http://localhost:3000", "http://localhost:3000")).toBe(true);
  });
  it("refuses a foreign, missing, opaque or malformed Origin", () => {
    expect(isSameOrigin("https://evil.example", appUrl)).toBe(false);
    expect(isSameOrigin("https://platform.example.org.evil.example", appUrl)).toBe(false);
    expect(isSameOrigin(undefined, appUrl)).toBe(false);
    expect(isSameOrigin("null", appUrl)).toBe(false);
    expect(isSameOrigin("not a url", appUrl)).toBe(false);
  });
  it("refuses our host on another scheme or port (issue 8, item 9)", () => {
    expect(isSameOrigin("http://platform.example.org", appUrl)).toBe(false);
    expect(isSameOrigin("https://platform.example.org:8443", appUrl)).toBe(false);
  });
  it("lets reads through without one", () => {
    expect(isSafeMethod("GET") && isSafeMethod("head")).toBe(true);
    expect(isSafeMethod("POST") || isSafeMethod("DELETE")).toBe(false);
  });
});

describe("passwords: at least 12 characters, no composition rules", () => {
  it("refuses short ones, counting characters, not bytes", () => {
    expect(passwordProblem("short")).toBe("password.tooShort");
    expect(passwordProblem("пароль-12345")).toBeNull();
    expect(passwordProblem("пароль-1234")).toBe("password.tooShort");
  });
  it("refuses the e-mail address itself, and absurd lengths", () => {
    expect(passwordProblem("ivanov@example.org", "Ivanov@Example.org")).toBe("password.sameAsEmail");
    expect(passwordProblem("x".repeat(257))).toBe("password.tooLong");
  });
});

describe("mail delivery retries", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  it("tries again after 1, 5, 15 minutes … then gives up", () => {
    expect(nextDeliveryAttempt(1, now)).toEqual({ kind: "retry", at: new Date(now.getTime() + 60_000) });
    expect(nextDeliveryAttempt(2, now)).toEqual({ kind: "retry", at: new Date(now.getTime() + 5 * 60_000) });
    expect(nextDeliveryAttempt(MAX_DELIVERY_ATTEMPTS, now)).toEqual({ kind: "give-up" });
  });
});

describe("platform administration policy", () => {
  const admin = { id: 1, isAdmin: true, status: "active" as const };
  const member = { id: 2, isAdmin: false, status: "active" as const };
  const disabledAdmin = { id: 3, isAdmin: true, status: "disabled" as const };
  it("lets an active administrator manage users, organisations, the audit log and the outbox", () => {
    for (const action of [
      "users.manage",
      "organisations.manage",
      "audit.read",
      "outbox.read",
      "outbox.retry",
    ] as const) {
      expect(can(admin, action), action).toBe(true);
      expect(can(member, action), action).toBe(false);
      expect(can(disabledAdmin, action), action).toBe(false);
      expect(can(null, action), action).toBe(false);
    }
  });
  it("lets every active user edit their own profile", () => {
    expect(can(member, "profile.update")).toBe(true);
    expect(can(null, "profile.update")).toBe(false);
  });
});

describe("TRUST_PROXY: which X-Forwarded-For hops to believe", () => {
  it("unset: a proxy on the loopback only; off: none; a number of hops; or the proxies' addresses", () => {
    expect(trustProxyFrom(undefined)).toBe("loopback");
    expect(trustProxyFrom("")).toBe("loopback");
    expect(trustProxyFrom("off")).toBe(false);
    expect(trustProxyFrom("1")).toBe(1);
    expect(trustProxyFrom("10.0.0.5 ,10.1.0.0/16")).toBe("10.0.0.5, 10.1.0.0/16");
  });
});
