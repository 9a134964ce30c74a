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

/** "Away from … to …" on a co-chair's seat: calendar days in the body's timezone (YYYY-MM-DD), both included. */
export interface AbsencePeriod {
  from: string;
  to: string;
}

/** R5 (3.3): whether a recorded absence period covers the given day of the body's calendar. */
export function isAwayOn(periods: readonly AbsencePeriod[], day: string): boolean {
  // ISO dates compare as strings.
  return periods.some((p) => p.from <= day && day <= p.to);
}

/** R5 (3.3, 3.6), before a session: the co-chair acts, unless their seat is empty or they have recorded that they are
 * away; then the deputy acts. */
export function actingChairBeforeSession(side: SideOfficers, coChairAway = false): ActingChair {
  if (side.coChairId !== null && !coChairAway)
    return { sideId: side.sideId, userId: side.coChairId, capacity: "co_chair" };
  if (side.deputyId !== null) return { sideId: side.sideId, userId: side.deputyId, capacity: "deputy" };
  return nobody(side.sideId);
}

/** When a chair's act happens: before the session (absence is known from the seat), or at it (from attendance). */
export type ChairMoment =
  | { kind: "before_session"; coChairAway: boolean }
  | { kind: "at_session"; present: ReadonlySet<number> | readonly number[] };

export type ChairRefusal = "acting.coChairAvailable" | "acting.coChairPresent" | "acting.notAChair";

/**
 * R5 (3.3, 3.6): the capacity in which this person may use the co-chair's powers for the side now, or why not.
 * The co-chair always acts as co-chair (acting at all shows they are not away). The deputy acts only while the
 * co-chair is absent: at a session, not marked present; before it, the seat vacant or an absence recorded.
 */
export function chairCapacity(
  userId: number,
  side: SideOfficers,
  moment: ChairMoment,
): { capacity: "co_chair" | "deputy" } | { refusal: ChairRefusal } {
  if (userId === side.coChairId) return { capacity: "co_chair" };
  if (userId !== side.deputyId) return { refusal: "acting.notAChair" };
  if (side.coChairId === null) return { capacity: "deputy" };
  if (moment.kind === "before_session")
    return moment.coChairAway ? { capacity: "deputy" } : { refusal: "acting.coChairAvailable" };
  const present = moment.present;
  const coChairPresent =
    present instanceof Set ? present.has(side.coChairId) : (present as readonly number[]).includes(side.coChairId);
  return coChairPresent ? { refusal: "acting.coChairPresent" } : { capacity: "deputy" };
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
