/**
 * Signing a final protocol (R11, R5; decision 0019). The signatory sees the final text and its SHA-256, and types
 * their password. The signature records who, in what capacity, for which side, when, and the hash of the text they
 * saw, with the platform's Ed25519 signature over those fields (app/lib/signature-fields.ts). It is an audit entry
 * in the same transaction; the last signature needed also queues the signed protocol's circulation (R11, 3.10).
 */
import { eq } from "drizzle-orm";
import type { Services } from "../../../app/context";
import { DomainError } from "../../../app/lib/errors";
import { authorize, loadMeeting } from "../../access";
import type { Actor } from "../../../app/lib/policy";
import { signatureStatement } from "../../../app/lib/signature-fields";
import { appendAudit } from "../../audit";
import { writeTransaction, type Db } from "../../client";
import { protocolSignatures, users } from "../../schema";
import { checkPasswordThrottled } from "../password-check";
import { protocolSigningKeyOf } from "../../protocols/signing-key";
import { currentFinalOf, meetingSignatories, signatureBy, signaturesOf } from "../../queries/protocol-signing";
import { circulateSignedProtocol } from "./circulate";

export interface SignInput {
  password: string;
  /** The SHA-256 of the text the signatory was shown. */
  textSha256: string;
  /** The client's address: a wrong password counts for the sign-in throttle like a failed sign-in. */
  address?: string;
}

export interface SignResult {
  signatureId: number;
  /** Every signatory has now signed this final. */
  complete: boolean;
}

/** The guards, in the order a user meets them; run before the password check and again inside the transaction. */
function check(tx: Db, actor: Actor, meetingId: number, textSha256: string) {
  const { meeting, body, scope } = loadMeeting(tx, actor, meetingId, "meeting.read");
  const signatories = meetingSignatories(tx, meeting, body);
  const me = signatories.find((s) => s.userId === actor.id);
  authorize(actor, "protocol.sign", { ...scope, named: me !== undefined }, "signing.error.notFinal");
  const final = currentFinalOf(tx, meetingId);
  if (!final) throw new DomainError("signing.error.notFinal", 409);
  if (signatureBy(tx, final.id, actor.id)) throw new DomainError("signing.error.alreadySigned", 409);
  // The text changed since the signatory was shown it (reopened and finalised again): they must read it again.
  if (textSha256.trim().toLowerCase() !== final.sha256) throw new DomainError("signing.error.textChanged", 409);
  return { final, me: me!, signatories };
}

export async function signProtocol(
  services: Services,
  actor: Actor,
  meetingId: number,
  input: SignInput,
  now = new Date(),
): Promise<SignResult> {
  const { db } = services;
  check(db, actor, meetingId, input.textSha256);
  await checkPassword(db, actor.id, input, now);
  const key = protocolSigningKeyOf(db);
  const result = writeTransaction(db, (tx) => {
    const { final, me, signatories } = check(tx, actor, meetingId, input.textSha256);
    const signedName = tx.select({ name: users.name }).from(users).where(eq(users.id, actor.id)).get()!.name;
    const fields = {
      meetingId,
      finalId: final.id,
      userId: actor.id,
      signedName,
      capacity: me.capacity,
      sideId: me.sideId,
      textSha256: final.sha256,
      signedAt: now,
      keyId: key.keyId,
    };
    const { id: signatureId } = tx
      .insert(protocolSignatures)
      .values({ ...fields, signature: key.sign(signatureStatement(fields)) })
      .returning({ id: protocolSignatures.id })
      .get();
    const signed = new Set(signaturesOf(tx, final.id).map((s) => s.userId));
    const complete = signatories.every((s) => signed.has(s.userId));
    appendAudit(
      tx,
      actor.id,
      {
        action: "protocol.signed",
        subjectType: "meeting",
        subjectId: meetingId,
        details: {
          finalId: final.id,
          signatureId,
          capacity: me.capacity,
          sideId: me.sideId,
          sha256: final.sha256,
          complete,
        },
      },
      now,
    );
    if (complete) circulateSignedProtocol(tx, final.id, now, services.config.appUrl);
    return { signatureId, complete };
  });
  services.mail.kick();
  services.live.publish(meetingId, "protocol");
  return result;
}

/**
 * The signatory's password, checked like a sign-in (db/commands/password-check.ts): refused while the sign-in
 * throttle holds the account, and a wrong password counts as a failed sign-in (someone at an unlocked desk cannot
 * guess on). A right one clears its own count; nothing else is written.
 */
async function checkPassword(db: Db, userId: number, input: SignInput, now: Date): Promise<void> {
  if (!input.password) throw new DomainError("signing.error.passwordRequired", 422, {}, "password");
  const email = db.select({ email: users.email }).from(users).where(eq(users.id, userId)).get()?.email ?? "";
  const check = await checkPasswordThrottled(
    db,
    { email, password: input.password, address: input.address ?? "unknown" },
    now,
  );
  if (check.outcome === "throttled")
    throw new DomainError("signing.error.throttled", 429, { minutes: check.retryAfterMinutes }, "password");
  if (check.outcome === "wrong") throw new DomainError("signing.error.wrongPassword", 422, {}, "password");
  writeTransaction(db, check.clear);
}
