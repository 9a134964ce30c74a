/**
 * What the platform's Ed25519 signature of a protocol signature covers (R11, decision 0018): who signed, in what
 * capacity, for which side, when, and the SHA-256 of the text they saw. The statement is a JSON array in a fixed
 * order, so it is unambiguous (a name with a comma or a newline cannot shift a field) and anyone can rebuild it
 * from a signature's published fields and check it against the public key at /protocol-signing-key.
 */
import crypto from "node:crypto";

export type SignatureCapacity = "co_chair" | "acting_chair" | "secretary";

export interface SignatureFields {
  meetingId: number;
  finalId: number;
  userId: number;
  signedName: string;
  capacity: SignatureCapacity;
  sideId: number;
  textSha256: string;
  signedAt: Date;
  keyId: string;
}

/** The versioned tag: a later change of the fields is a new version, and old signatures still verify. */
export const SIGNATURE_STATEMENT_VERSION = "cooperation-platform protocol signature v1";

/** The exact text signed: a JSON array, strings in NFC, the time in ISO 8601 UTC (milliseconds). */
export function signatureStatement(f: SignatureFields): string {
  return JSON.stringify([
    SIGNATURE_STATEMENT_VERSION,
    f.meetingId,
    f.finalId,
    f.userId,
    f.signedName.normalize("NFC"),
    f.capacity,
    f.sideId,
    f.textSha256.toLowerCase(),
    f.signedAt.toISOString(),
    f.keyId,
  ]);
}

/** Whether `signature` (base64) is the platform key's Ed25519 signature over these fields. */
export function verifyProtocolSignature(fields: SignatureFields, signature: string, publicKeyPem: string): boolean {
  try {
    return crypto.verify(
      null,
      Buffer.from(signatureStatement(fields)),
      crypto.createPublicKey(publicKeyPem),
      Buffer.from(signature, "base64"),
    );
  } catch {
    return false;
  }
}
