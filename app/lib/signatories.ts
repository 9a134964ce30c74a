/**
 * Who signs a protocol (R11, 3.10; R5, 3.3 and 3.6): for every side, its co-chair, or the deputy who acted for
 * them at the session (the co-chair absent from the stored roll), and, unless the body's setting says
 * "chairs_only", the side's responsible secretary. Pure: the roll is the one stored when the meeting completed.
 */
import { actingChair, signatoriesForSide } from "./acting-chair";
import type { SignatoryRule } from "./quorum-rule-kinds";
import type { MemberRole } from "./roles";
import type { SignatureCapacity } from "./signature-fields";

export interface RollSeatForSigning {
  userId: number;
  name: string;
  role: MemberRole;
  /** null: not marked present at the session. */
  presence: string | null;
}

export interface RollSideForSigning {
  sideId: number;
  seats: readonly RollSeatForSigning[];
}

export interface Signatory {
  userId: number;
  name: string;
  sideId: number;
  sideName: string;
  capacity: SignatureCapacity;
}

/** The signatories, side by side in the sides' order, the chair before the secretary. */
export function signatoriesOf(
  rule: SignatoryRule,
  sides: readonly { id: number; name: string }[],
  roll: readonly RollSideForSigning[],
): Signatory[] {
  return sides.flatMap((side) => {
    const seats = roll.find((r) => r.sideId === side.id)?.seats ?? [];
    const holder = (role: MemberRole) => seats.find((s) => s.role === role)?.userId ?? null;
    const officers = {
      sideId: side.id,
      coChairId: holder("co_chair"),
      deputyId: holder("deputy"),
      secretaryId: holder("secretary"),
    };
    const present = seats.filter((s) => s.presence !== null).map((s) => s.userId);
    return signatoriesForSide(officers, actingChair(officers, present), rule).map(({ userId, capacity }) => ({
      userId,
      name: seats.find((s) => s.userId === userId)?.name ?? "",
      sideId: side.id,
      sideName: side.name,
      capacity: capacity === "deputy" ? "acting_chair" : capacity,
    }));
  });
}
