// Who acts for a side: its co-chair, or the deputy with the co-chair's powers (R5, 3.3 and 3.6).

export interface SideOfficers {
  sideId: number;
  coChairId: number | null;
  deputyId: number | null;
}

export type ActingChair =
  | { sideId: number; userId: number; capacity: "co_chair" | "deputy" }
  | { sideId: number; userId: null; capacity: null };

const nobody = (sideId: number): ActingChair => ({ sideId, userId: null, capacity: null });

/** R5 (3.3, 3.6): during a session, the side's co-chair if present, else its present deputy, else nobody. */
export function actingChair(side: SideOfficers, present: ReadonlySet<number> | readonly number[]): ActingChair {
  const isPresent = (id: number | null): id is number =>
    id !== null && (present instanceof Set ? present.has(id) : (present as readonly number[]).includes(id));
  if (isPresent(side.coChairId)) return { sideId: side.sideId, userId: side.coChairId, capacity: "co_chair" };
  if (isPresent(side.deputyId)) return { sideId: side.sideId, userId: side.deputyId, capacity: "deputy" };
  return nobody(side.sideId);
}

/** Before a session nobody is "present": who acts for the side in convening and approving the agenda — the co-chair,
 * or the deputy when the side has no co-chair seated. */
export function actingChairBeforeSession(side: SideOfficers): ActingChair {
  // Absence (3.3) is only known from a session's attendance; before it, a seated co-chair acts, and the deputy
  // stands in only for an empty seat.
  if (side.coChairId !== null) return { sideId: side.sideId, userId: side.coChairId, capacity: "co_chair" };
  if (side.deputyId !== null) return { sideId: side.sideId, userId: side.deputyId, capacity: "deputy" };
  return nobody(side.sideId);
}

/** Who signs for a side (R11 3.10): the co-chair, or the deputy who acted for them at the session; plus the secretary
 * when the body's rule is chairs_and_secretaries. */
export function signatoriesForSide(
  side: SideOfficers & { secretaryId: number | null },
  actedAtSession: ActingChair,
  rule: "chairs_and_secretaries" | "chairs_only",
): { userId: number; capacity: "co_chair" | "deputy" | "secretary" }[] {
  if (actedAtSession.sideId !== side.sideId) {
    throw new RangeError(`acting chair of side ${actedAtSession.sideId} given for side ${side.sideId}`);
  }
  // The person who presided signs, even if the seats have changed since: the signature confirms what they conducted.
  // When nobody of the side's officers attended, the side's chair as seated now signs, like for convening.
  const chair = actedAtSession.userId !== null ? actedAtSession : actingChairBeforeSession(side);
  const signatories: { userId: number; capacity: "co_chair" | "deputy" | "secretary" }[] = [];
  if (chair.userId !== null) signatories.push({ userId: chair.userId, capacity: chair.capacity });
  if (rule === "chairs_and_secretaries" && side.secretaryId !== null)
    signatories.push({ userId: side.secretaryId, capacity: "secretary" });
  return signatories;
}
