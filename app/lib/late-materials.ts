// R7 (3.9): which materials are late is a matter of the session's date; when the session moves, it is asked again.
import { isOnTime } from "./zoned-time";

export interface MaterialTiming {
  id: number;
  submittedAt: Date;
  late: boolean;
  acceptedAt: Date | null;
}

/**
 * The materials whose lateness changes against a new deadline, with their new mark. A material a co-chair has
 * already accepted stays as it is: it is circulated, and moving the session does not take it back.
 */
export function latenessChanges(
  list: readonly MaterialTiming[],
  deadline: { endsAt: Date },
): { id: number; late: boolean }[] {
  return list
    .filter((m) => m.acceptedAt === null)
    .map((m) => ({ id: m.id, late: !isOnTime(m.submittedAt, deadline) }))
    .filter((m) => m.late !== list.find((x) => x.id === m.id)!.late);
}
