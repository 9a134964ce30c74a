/**
 * The one place that answers "may this user do this to that?". Loaders, actions, commands, the websocket
 * server and the UI (to hide what a user may not do) all ask here; nothing checks roles anywhere else.
 * The matrix of roles and actions is docs/permissions.md; tests/unit/policy.test.ts reads that file and
 * checks every cell against this code, so the two cannot drift apart.
 */
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

/** What each action is asked about. */
interface Resources {
  "profile.update": undefined;
  "users.manage": undefined;
  "organisations.manage": undefined;
  "audit.read": undefined;
  "outbox.read": undefined;
  "outbox.retry": undefined;
  "body.create": undefined;
  "body.read": BodyScope;
  "body.update": BodyScope;
  "composition.change": BodyScope & { sideId: number };
}

export type Action = keyof Resources;

/** Every action, for the matrix test: an action missing from docs/permissions.md fails it. */
export const actions = [
  "profile.update",
  "users.manage",
  "organisations.manage",
  "audit.read",
  "outbox.read",
  "outbox.retry",
  "body.create",
  "body.read",
  "body.update",
  "composition.change",
] as const satisfies readonly Action[];

/** Actions asked about a body (the others concern the platform as a whole). */
export function isBodyAction(action: Action): action is "body.read" | "body.update" | "composition.change" {
  return action === "body.read" || action === "body.update" || action === "composition.change";
}
export type ResourceArgs<A extends Action> = Resources[A] extends undefined ? [] : [Resources[A]];

function holds(scope: BodyScope, role: MemberRole, sideId?: number): boolean {
  return scope.seats.some((s) => s.role === role && (sideId === undefined || s.sideId === sideId));
}

export function can<A extends Action>(actor: Actor | null, action: A, ...args: ResourceArgs<A>): boolean {
  if (!actor || actor.status !== "active") return false;
  const resource = args[0] as Resources[Action];
  switch (action) {
    case "profile.update":
      return true;
    case "users.manage":
    case "organisations.manage":
    case "audit.read":
    case "outbox.read":
    case "outbox.retry":
    case "body.create":
      return actor.isAdmin;
    case "body.read": {
      // R14 (1.3): every member of the body reads all of it; a body is private to everyone else.
      const scope = resource as BodyScope;
      return actor.isAdmin || scope.seats.length > 0;
    }
    case "body.update":
      return actor.isAdmin;
    case "composition.change": {
      // R15 (1.4, 1.5): each side's composition is approved by that side's co-chair (or an administrator).
      const scope = resource as Resources["composition.change"];
      return actor.isAdmin || holds(scope, "co_chair", scope.sideId);
    }
    default:
      return false;
  }
}
