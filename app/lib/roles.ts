// The roles on a side of a body (R1, 3.1). Experts and observers are not members: they are invited to
// single sessions and never count for quorum.
export const memberRoles = ["co_chair", "deputy", "secretary", "member"] as const;
export type MemberRole = (typeof memberRoles)[number];

/** The officers: at most one of each per side. */
export const officerRoles = ["co_chair", "deputy", "secretary"] as const satisfies readonly MemberRole[];

export function isOfficer(role: MemberRole): boolean {
  return role !== "member";
}

/** Order in which a side's composition is listed. */
export function roleRank(role: MemberRole): number {
  return memberRoles.indexOf(role);
}
