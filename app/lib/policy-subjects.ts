// Who asks the policy, and the seats they hold: the words every area of the policy (./policy.ts and its areas,
// ./policy-conference.ts, ./policy-partnership.ts) is asked in.
import type { MemberRole } from "./roles";

export interface Actor {
  id: number;
  isAdmin: boolean;
  status: "invited" | "active" | "disabled";
}

/** The actor's current seats in one body (normally one; none for an outsider). */
export interface BodyScope {
  bodyId: number;
  seats: readonly { sideId: number; role: MemberRole }[];
}
