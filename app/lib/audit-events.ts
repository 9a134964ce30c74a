// Every kind of audit entry, typed: what happened and the facts that matter to a later reader.
export type AuditEvent =
  | { action: "user.signed_in"; subjectType: "user"; subjectId: number; details: { address: string } }
  | { action: "user.signed_out"; subjectType: "user"; subjectId: number; details: Record<string, never> }
  | { action: "user.invited"; subjectType: "user"; subjectId: number; details: { email: string; isAdmin: boolean } }
  | { action: "user.invitation_resent"; subjectType: "user"; subjectId: number; details: { email: string } }
  | { action: "user.invitation_accepted"; subjectType: "user"; subjectId: number; details: Record<string, never> }
  | { action: "user.password_reset_requested"; subjectType: "user"; subjectId: number; details: Record<string, never> }
  | { action: "user.password_reset"; subjectType: "user"; subjectId: number; details: { sessionsEnded: number } }
  | { action: "user.password_changed"; subjectType: "user"; subjectId: number; details: { sessionsEnded: number } }
  | { action: "user.profile_updated"; subjectType: "user"; subjectId: number; details: { changed: string[] } }
  | { action: "user.disabled"; subjectType: "user"; subjectId: number; details: { sessionsEnded: number } }
  | { action: "user.enabled"; subjectType: "user"; subjectId: number; details: Record<string, never> }
  | { action: "user.admin_granted" | "user.admin_revoked"; subjectType: "user"; subjectId: number; details: Record<string, never> }
  | { action: "user.created_by_cli"; subjectType: "user"; subjectId: number; details: { email: string } }
  | { action: "system.demo_loaded"; subjectType: "system"; subjectId: null; details: { users: number; organisations: number; bodies: number } }
  | { action: "organisation.created" | "organisation.updated"; subjectType: "organisation"; subjectId: number; details: { name: string; country: string } };

export type BodyAuditEvent =
  | { action: "body.created"; subjectType: "body"; subjectId: number; details: { title: string; kind: string; sides: string[] } }
  | { action: "body.updated"; subjectType: "body"; subjectId: number; details: { changed: string[] } }
  | { action: "body.regulation_attached"; subjectType: "body"; subjectId: number; details: { fileId: number; name: string; sha256: string } }
  | { action: "membership.added"; subjectType: "body"; subjectId: number; details: { membershipId: number; userId: number; sideId: number; role: string; startsAt: string } }
  | { action: "membership.role_changed"; subjectType: "body"; subjectId: number; details: { membershipId: number; userId: number; sideId: number; from: string; to: string } }
  | { action: "membership.ended"; subjectType: "body"; subjectId: number; details: { membershipId: number; userId: number; sideId: number; role: string; vacancyConfirmed: boolean } };

export type AuditAction = AuditEvent["action"] | BodyAuditEvent["action"];
