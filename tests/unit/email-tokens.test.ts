import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INVITATION_LIFETIME_MS,
  issueEmailToken,
  lookupEmailToken,
  PASSWORD_RESET_LIFETIME_MS,
  revokeEmailTokens,
  spendEmailToken,
} from "../../db/commands/email-tokens";
import { migrateDatabase, openDatabase, writeTransaction, type Db } from "../../db/client";
import { emailTokens, users } from "../../db/schema";
import { hashToken } from "~/lib/tokens.server";

// Invitation and password-reset links: single use, expiring, only their hash kept. On a real SQLite file.
let db: Db;
let dir: string;
let userId: number;
let activeId: number;
const now = new Date("2026-11-23T12:00:00Z");

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tokens-"));
  db = openDatabase(path.join(dir, "t.sqlite"));
  migrateDatabase(db);
  userId = db
    .insert(users)
    .values({ email: "invitee@example.org", name: "Приглашённый", status: "invited" })
    .returning()
    .get().id;
  activeId = db
    .insert(users)
    .values({ email: "owner@example.org", name: "Владелец", status: "active" })
    .returning()
    .get().id;
});
afterAll(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("an invitation link", () => {
  it("is valid for exactly 7 days, and only its hash is stored", () => {
    const { token, expiresAt } = writeTransaction(db, (tx) => issueEmailToken(tx, "invitation", userId, null, now));
    expect(expiresAt.getTime() - now.getTime()).toBe(INVITATION_LIFETIME_MS);
    expect(INVITATION_LIFETIME_MS).toBe(7 * 24 * 3_600_000);
    expect(
      db
        .select()
        .from(emailTokens)
        .all()
        .map((t) => t.tokenHash),
    ).toContain(hashToken(token));
    expect(JSON.stringify(db.select().from(emailTokens).all())).not.toContain(token);
    expect(lookupEmailToken(db, "invitation", token, new Date(expiresAt.getTime() - 1))).toMatchObject({
      state: "valid",
    });
    expect(lookupEmailToken(db, "invitation", token, expiresAt)).toEqual({ state: "expired" });
  });

  it("works once: a second spend of the same link fails", () => {
    const { token } = writeTransaction(db, (tx) => issueEmailToken(tx, "invitation", userId, null, now));
    const found = lookupEmailToken(db, "invitation", token, now);
    if (found.state !== "valid") throw new Error("expected a valid token");
    expect(writeTransaction(db, (tx) => spendEmailToken(tx, found.tokenId, now))).toBe("spent");
    expect(writeTransaction(db, (tx) => spendEmailToken(tx, found.tokenId, now))).toBe("used");
    expect(lookupEmailToken(db, "invitation", token, now)).toEqual({ state: "used" });
  });

  it("is not a password-reset link, and a made-up or disabled account's link is unknown", () => {
    const { token } = writeTransaction(db, (tx) => issueEmailToken(tx, "invitation", userId, null, now));
    expect(lookupEmailToken(db, "password_reset", token, now)).toEqual({ state: "unknown" });
    expect(lookupEmailToken(db, "invitation", "made-up-token", now)).toEqual({ state: "unknown" });
    db.$client.prepare("update users set status = 'disabled' where id = ?").run(userId);
    expect(lookupEmailToken(db, "invitation", token, now)).toEqual({ state: "unknown" });
    db.$client.prepare("update users set status = 'invited' where id = ?").run(userId);
  });
});

describe("a password-reset link", () => {
  it("is valid for one hour", () => {
    const { token, expiresAt } = writeTransaction(db, (tx) =>
      issueEmailToken(tx, "password_reset", activeId, null, now),
    );
    expect(expiresAt.getTime() - now.getTime()).toBe(PASSWORD_RESET_LIFETIME_MS);
    expect(PASSWORD_RESET_LIFETIME_MS).toBe(3_600_000);
    expect(lookupEmailToken(db, "password_reset", token, new Date(now.getTime() + 3_599_999))).toMatchObject({
      state: "valid",
    });
    expect(lookupEmailToken(db, "password_reset", token, new Date(now.getTime() + 3_600_000))).toEqual({
      state: "expired",
    });
  });
});

describe("a link stops working when the account moves on (issue 8)", () => {
  it("an invitation to an account already active is void, even unexpired and unused", () => {
    const { token } = writeTransaction(db, (tx) => issueEmailToken(tx, "invitation", activeId, null, now));
    expect(lookupEmailToken(db, "invitation", token, now)).toEqual({ state: "revoked" });
  });

  it("a reset link of an account still invited is void", () => {
    const { token } = writeTransaction(db, (tx) => issueEmailToken(tx, "password_reset", userId, null, now));
    expect(lookupEmailToken(db, "password_reset", token, now)).toEqual({ state: "revoked" });
  });

  it("revoking voids every open link of that kind of that person, and no other", () => {
    const [a, b] = [1, 2].map(() =>
      writeTransaction(db, (tx) => issueEmailToken(tx, "password_reset", activeId, null, now)),
    );
    const invitation = writeTransaction(db, (tx) => issueEmailToken(tx, "invitation", userId, null, now));
    const found = lookupEmailToken(db, "password_reset", a!.token, now);
    if (found.state !== "valid") throw new Error("expected a valid token");
    const revoked = writeTransaction(db, (tx) => revokeEmailTokens(tx, activeId, "password_reset", now));
    expect(revoked).toBeGreaterThanOrEqual(2);
    expect(lookupEmailToken(db, "password_reset", a!.token, now)).toEqual({ state: "revoked" });
    expect(lookupEmailToken(db, "password_reset", b!.token, now)).toEqual({ state: "revoked" });
    expect(writeTransaction(db, (tx) => spendEmailToken(tx, found.tokenId, now))).toBe("revoked");
    expect(lookupEmailToken(db, "invitation", invitation.token, now)).toMatchObject({ state: "valid" });
  });
});
