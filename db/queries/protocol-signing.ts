/**
 * The signing state of a meeting's protocol (issue 10): its current final text, who must sign it (the rule of
 * app/lib/signatories.ts on the roll stored when the meeting completed) and who has.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { signatoriesOf, type Signatory } from "../../app/lib/signatories";
import type { Db } from "../client";
import {
  bodies,
  meetings,
  memberships,
  protocolFinals,
  protocols,
  protocolSignatures,
  type ProtocolFinal,
  type ProtocolSignature,
} from "../schema";
import type { Body } from "../schema/bodies";
import type { Meeting } from "../schema/meetings";
import { rollAndQuorumOf } from "./meeting-rolls";

type MeetingRef = Pick<Meeting, "id" | "bodyId" | "startsAt" | "status">;
type BodyRef = Pick<Body, "quorumRule" | "quorumPercent" | "signatories">;

export interface SigningState {
  /** The final text being signed; null while the draft is open (never finalised, or reopened). */
  final: ProtocolFinal | null;
  signatories: (Signatory & { signature: ProtocolSignature | null })[];
  complete: boolean;
}

/** R11, R5: the signatories of this meeting's protocol. */
export function meetingSignatories(db: Db, meeting: MeetingRef, body: BodyRef): Signatory[] {
  const { roll } = rollAndQuorumOf(db, meeting, body);
  return signatoriesOf(
    body.signatories,
    roll.map((r) => r.side),
    roll.map((r) => ({ sideId: r.side.id, seats: r.seats })),
  );
}

export function currentFinalOf(db: Db, meetingId: number): ProtocolFinal | null {
  const row = db
    .select({ finalId: protocols.currentFinalId })
    .from(protocols)
    .where(eq(protocols.meetingId, meetingId))
    .get();
  if (!row?.finalId) return null;
  return db.select().from(protocolFinals).where(eq(protocolFinals.id, row.finalId)).get() ?? null;
}

/** The newest final of the meeting, current or not (a reopened one included). */
export function latestFinalOf(db: Db, meetingId: number): ProtocolFinal | null {
  return (
    db
      .select()
      .from(protocolFinals)
      .where(eq(protocolFinals.meetingId, meetingId))
      .orderBy(desc(protocolFinals.number))
      .limit(1)
      .get() ?? null
  );
}

export function signaturesOf(db: Db, finalId: number): ProtocolSignature[] {
  return db
    .select()
    .from(protocolSignatures)
    .where(eq(protocolSignatures.finalId, finalId))
    .orderBy(asc(protocolSignatures.id))
    .all();
}

export function signatureBy(db: Db, finalId: number, userId: number): ProtocolSignature | null {
  return (
    db
      .select()
      .from(protocolSignatures)
      .where(and(eq(protocolSignatures.finalId, finalId), eq(protocolSignatures.userId, userId)))
      .get() ?? null
  );
}

export function signingStateOf(db: Db, meeting: MeetingRef, body: BodyRef): SigningState {
  const final = currentFinalOf(db, meeting.id);
  const signatures = final ? signaturesOf(db, final.id) : [];
  const signatories = meetingSignatories(db, meeting, body).map((s) => ({
    ...s,
    signature: signatures.find((x) => x.userId === s.userId) ?? null,
  }));
  return { final, signatories, complete: final !== null && signatories.every((s) => s.signature) };
}

/** «На подпись»: the final texts this user must sign and has not yet signed, oldest meeting first. */
export function awaitingSignatureOf(db: Db, userId: number) {
  const theirBodies = db.select({ id: memberships.bodyId }).from(memberships).where(eq(memberships.userId, userId));
  return db
    .select({ meeting: meetings, body: bodies, final: protocolFinals })
    .from(protocols)
    .innerJoin(protocolFinals, eq(protocolFinals.id, protocols.currentFinalId))
    .innerJoin(meetings, eq(meetings.id, protocols.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(inArray(meetings.bodyId, theirBodies))
    .orderBy(asc(meetings.startsAt))
    .all()
    .filter(
      ({ meeting, body, final }) =>
        meetingSignatories(db, meeting, body).some((s) => s.userId === userId) && !signatureBy(db, final.id, userId),
    );
}
