import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "~/lib/errors";
import { verifyProtocolSignature } from "~/lib/signature-fields";
import { finaliseProtocol } from "../../db/commands/protocols/finalise";
import { reopenProtocol } from "../../db/commands/protocols/reopen";
import { signProtocol } from "../../db/commands/protocols/sign";
import { protocolSigningKeyOf } from "../../db/protocols/signing-key";
import { users, type User } from "../../db/schema/accounts";
import { DEMO_PASSWORD } from "../../db/seed/demo-people";
import { databaseFingerprint } from "../support/db-snapshot";
import { startTestPlatform } from "../support/platform";
import { sqlOf } from "../support/sql";

// Finalising, reopening and signing through the commands (issue 10, R11). Meeting № 1 of the demo arrives signed
// (db/seed/demo-signatures.ts): these tests reopen it for a correction, then finalise and sign it again.
const M1 = 1;
let platform: Awaited<ReturnType<typeof startTestPlatform>>;
const { one, all } = sqlOf(() => platform);
const person = (email: string): User => platform.services.db.select().from(users).where(eq(users.email, email)).get()!;
const failure = async (run: () => unknown): Promise<DomainError> => {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
};
const sign = (email: string, textSha256: string, password = DEMO_PASSWORD) =>
  signProtocol(platform.services, person(email), M1, { password, textSha256, address: "127.0.0.1" });

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe("finalise, sign, reopen: the commands", () => {
  let sha256 = "";

  it("the demo protocol is finalised and signed by its four signatories, the KZ deputy as acting chair", () => {
    const rows = all<{ email: string; capacity: string }>(
      `select u.email, s.capacity from protocol_signatures s join users u on u.id = s.user_id
       where s.final_id = (select current_final_id from protocols where meeting_id = ?) order by s.id`,
      M1,
    );
    expect(rows).toEqual([
      { email: "secretary.ru@example.org", capacity: "secretary" },
      { email: "secretary.kz@example.org", capacity: "secretary" },
      { email: "cochair.ru@example.org", capacity: "co_chair" },
      { email: "deputy.kz@example.org", capacity: "acting_chair" },
    ]);
  });

  it("after a signature, reopening starts a correction; the signed final stays as it was", () => {
    const signedBefore = one<{ id: number; sha256: string }>(
      "select id, sha256 from protocol_finals where meeting_id = ? order by number desc limit 1",
      M1,
    );
    expect(reopenProtocol(platform.services, person("secretary.kz@example.org"), M1)).toEqual({ correction: true });
    expect(one("select finalised_at, current_final_id from protocols where meeting_id = ?", M1)).toEqual({
      finalised_at: null,
      current_final_id: null,
    });
    expect(one<{ action: string }>("select action from audit_log order by seq desc limit 1").action).toBe(
      "protocol.correction_started",
    );
    expect(one("select id, sha256 from protocol_finals where id = ?", signedBefore.id)).toEqual(signedBefore);
    expect(
      one<{ n: number }>("select count(*) as n from protocol_signatures where final_id = ?", signedBefore.id).n,
    ).toBe(4);
  });

  it("a secretary finalises: the next number, its canonical text and hash, the quorum, an audit entry, a letter to each signatory", () => {
    const outboxBefore = one<{ n: number }>("select count(*) as n from outbox").n;
    const result = finaliseProtocol(platform.services, person("secretary.ru@example.org"), M1);
    sha256 = result.sha256;
    expect(result).toMatchObject({ number: 2, quorate: true });
    const final = one<{ canonical: string; sha256: string; quorate: number }>(
      "select canonical, sha256, quorate from protocol_finals where id = ?",
      result.finalId,
    );
    expect(final.sha256).toBe(sha256);
    expect(final.canonical).toContain("РЕШИЛИ");
    expect(one("select current_final_id from protocols where meeting_id = ?", M1)).toEqual({
      current_final_id: result.finalId,
    });
    expect(one<{ n: number }>("select count(*) as n from outbox").n - outboxBefore).toBe(4);
    expect(one<{ subject: string }>("select subject from outbox order by id desc limit 1").subject).toContain(
      "на подпись",
    );
  });

  it("finalising twice is refused (409)", async () => {
    expect(
      (await failure(() => finaliseProtocol(platform.services, person("secretary.ru@example.org"), M1))).status,
    ).toBe(409);
  });

  it("a wrong password: 422 with a clear message, and nothing changes", async () => {
    await platform.mail.drain(); // the letters of finalising: delivered now, not while the fingerprints are taken
    const before = databaseFingerprint(platform.services.db.$client);
    const error = await failure(() => sign("cochair.ru@example.org", sha256, "not the password"));
    expect(error).toMatchObject({ status: 422, messageKey: "signing.error.wrongPassword", field: "password" });
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
  });

  it("a hash other than the final's (the signer saw another text) is refused with 409, nothing written", async () => {
    const before = databaseFingerprint(platform.services.db.$client);
    const error = await failure(() => sign("cochair.ru@example.org", "0".repeat(64)));
    expect(error).toMatchObject({ status: 409, messageKey: "signing.error.textChanged" });
    expect(databaseFingerprint(platform.services.db.$client)).toEqual(before);
  });

  it("a member who is not a signatory: 403; a stranger: 404", async () => {
    expect((await failure(() => sign("member1.ru@example.org", sha256))).status).toBe(403);
    expect((await failure(() => sign("partner@example.org", sha256))).status).toBe(404);
  });

  it("a signatory signs: the fields, the platform's Ed25519 signature over them, an audit entry", async () => {
    const result = await sign("deputy.kz@example.org", sha256);
    expect(result.complete).toBe(false);
    const row = one<{
      final_id: number;
      user_id: number;
      signed_name: string;
      capacity: "acting_chair";
      side_id: number;
      text_sha256: string;
      signature: string;
      key_id: string;
      signed_at: number;
    }>("select * from protocol_signatures where id = ?", result.signatureId);
    expect(row).toMatchObject({
      capacity: "acting_chair",
      text_sha256: sha256,
      signed_name: person("deputy.kz@example.org").name,
    });
    const key = protocolSigningKeyOf(platform.services.db);
    const fields = {
      meetingId: M1,
      finalId: row.final_id,
      userId: row.user_id,
      signedName: row.signed_name,
      capacity: row.capacity,
      sideId: row.side_id,
      textSha256: row.text_sha256,
      signedAt: new Date(row.signed_at),
      keyId: row.key_id,
    };
    expect(row.key_id).toBe(key.keyId);
    expect(verifyProtocolSignature(fields, row.signature, key.publicKeyPem)).toBe(true);
    expect(verifyProtocolSignature({ ...fields, capacity: "co_chair" }, row.signature, key.publicKeyPem)).toBe(false);
    expect(one<{ action: string }>("select action from audit_log order by seq desc limit 1").action).toBe(
      "protocol.signed",
    );
  });

  it("a second signature by the same person is refused (409)", async () => {
    expect(await failure(() => sign("deputy.kz@example.org", sha256))).toMatchObject({
      status: 409,
      messageKey: "signing.error.alreadySigned",
    });
  });

  it("the last of the four signatures completes it", async () => {
    await sign("secretary.ru@example.org", sha256);
    await sign("secretary.kz@example.org", sha256);
    expect((await sign("cochair.ru@example.org", sha256)).complete).toBe(true);
    const last = one<{ details: string }>(
      "select details from audit_log where action = 'protocol.signed' order by seq desc limit 1",
    );
    expect(JSON.parse(last.details)).toMatchObject({ complete: true });
  });
});
