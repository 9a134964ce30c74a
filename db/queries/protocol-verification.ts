/**
 * What /verify says of a SHA-256 (issue 10): a PDF the platform exported (by the file's hash) or a final text (by
 * the text's hash, printed on every signature page). It shows only what such a file prints: the body's title, the
 * meeting's number and date, the text's number and hash, and the signatures (for a file, those it shows); plus
 * whether each signature checks against the platform's public key, and whether a later text replaced this one.
 * A hash that matches nothing says nothing more. The link to the meeting is given only to a reader of it.
 */
import { and, asc, desc, eq, gt } from "drizzle-orm";
import type { Actor } from "../../app/lib/policy";
import { verifyProtocolSignature } from "../../app/lib/signature-fields";
import { loadMeeting } from "../access";
import type { Db } from "../client";
import { protocolSigningKeyOf } from "../protocols/signing-key";
import { bodies, meetings, protocolExports, protocolFinals, protocolSignatures, sides } from "../schema";
import { signingStateOf } from "./protocol-signing";

export interface Verification {
  /** "file": the very PDF the platform exported; "text": the final text's hash. */
  match: "file" | "text";
  bodyTitle: string;
  meetingNumber: number;
  meetingStartsAt: Date;
  timeZone: string;
  version: number;
  textSha256: string;
  signatures: { name: string; capacity: string; side: string; signedAt: Date; valid: boolean }[];
  /** For a file: signatures added since it was exported (a count, never who). */
  moreSince: number;
  allValid: boolean;
  /** The current final is this text and every signatory has signed it. */
  complete: boolean;
  /** The number of the later text that replaced this one, if any. */
  supersededBy: number | null;
  /** `/meetings/<id>/protocol` for a visitor who may read the meeting; null for anyone else. */
  meetingLink: string | null;
}

export const isSha256 = (value: string) => /^[0-9a-f]{64}$/.test(value);

export function verifyHash(db: Db, sha256: string, visitor: Actor | null): Verification | null {
  const hash = sha256.toLowerCase();
  if (!isSha256(hash)) return null;
  const exported = db.select().from(protocolExports).where(eq(protocolExports.sha256, hash)).get();
  const final = exported
    ? db.select().from(protocolFinals).where(eq(protocolFinals.id, exported.finalId)).get()
    : db.select().from(protocolFinals).where(eq(protocolFinals.sha256, hash)).orderBy(asc(protocolFinals.id)).get();
  if (!final) return null;
  const meeting = db.select().from(meetings).where(eq(meetings.id, final.meetingId)).get()!;
  const body = db.select().from(bodies).where(eq(bodies.id, meeting.bodyId)).get()!;
  const all = db
    .select({ signature: protocolSignatures, side: sides.name })
    .from(protocolSignatures)
    .innerJoin(sides, eq(sides.id, protocolSignatures.sideId))
    .where(eq(protocolSignatures.finalId, final.id))
    .orderBy(asc(protocolSignatures.id))
    .all();
  // A file shows the signatures it was exported with: the first ones (signatures are append-only).
  const shown = exported ? all.slice(0, exported.signatures) : all;
  const publicKeyPem = protocolSigningKeyOf(db).publicKeyPem;
  const signatures = shown.map(({ signature: s, side }) => ({
    name: s.signedName,
    capacity: s.capacity,
    side,
    signedAt: s.signedAt,
    valid: s.textSha256 === final.sha256 && verifyProtocolSignature(s, s.signature, publicKeyPem),
  }));
  const later = db
    .select({ number: protocolFinals.number })
    .from(protocolFinals)
    .where(and(eq(protocolFinals.meetingId, meeting.id), gt(protocolFinals.number, final.number)))
    .orderBy(desc(protocolFinals.number))
    .get();
  const state = signingStateOf(db, meeting, body);
  return {
    match: exported ? "file" : "text",
    bodyTitle: body.workingLanguage === "en" && body.titleEn ? body.titleEn : body.titleRu,
    meetingNumber: meeting.number,
    meetingStartsAt: meeting.startsAt,
    timeZone: body.timezone,
    version: final.number,
    textSha256: final.sha256,
    signatures,
    moreSince: all.length - shown.length,
    allValid: signatures.every((s) => s.valid),
    complete: state.complete && state.final?.id === final.id,
    supersededBy: later?.number ?? null,
    meetingLink: visitor && mayReadFinal(db, visitor, meeting.id) ? `/meetings/${meeting.id}/protocol` : null,
  };
}

function mayReadFinal(db: Db, visitor: Actor, meetingId: number): boolean {
  try {
    loadMeeting(db, visitor, meetingId, "protocol.readFinal");
    return true;
  } catch {
    return false;
  }
}
