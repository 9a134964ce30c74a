/**
 * The one place that answers "may this user do this to that?". Loaders, actions, commands, the websocket
 * server and the UI (to hide what a user may not do) all ask here; nothing checks roles anywhere else.
 * The matrix of roles and actions is docs/permissions.md; tests/unit/policy.test.ts reads that file and
 * checks every cell against this code, so the two cannot drift apart.
 */
import type { MemberRole } from "./roles";
import type { GuestKind, MeetingStatus } from "./meeting-states";

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

/** A meeting of the body: the actor's seats, whether they are its invited guest, and its state. */
export interface MeetingScope extends BodyScope {
  status: MeetingStatus;
  guest: GuestKind | null;
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
  "meeting.create": BodyScope;
  "meeting.read": MeetingScope;
  "meeting.manage": MeetingScope;
  "meeting.preside": MeetingScope;
  "agenda.propose": MeetingScope;
  "agenda.approve": MeetingScope & { sideId: number };
  "material.submit": MeetingScope;
  "material.accept": MeetingScope;
  "rsvp.answer": MeetingScope;
  "attendance.register": MeetingScope;
  "opinion.submit": MeetingScope;
  "opinion.markRead": MeetingScope;
  "guest.propose": MeetingScope;
  "guest.invite": MeetingScope;
  "guest.readProposals": MeetingScope;
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
  "meeting.create",
  "meeting.read",
  "meeting.manage",
  "meeting.preside",
  "agenda.propose",
  "agenda.approve",
  "material.submit",
  "material.accept",
  "rsvp.answer",
  "attendance.register",
  "opinion.submit",
  "opinion.markRead",
  "guest.propose",
  "guest.invite",
  "guest.readProposals",
] as const satisfies readonly Action[];

const platformActions = new Set<Action>([
  "profile.update",
  "users.manage",
  "organisations.manage",
  "audit.read",
  "outbox.read",
  "outbox.retry",
  "body.create",
]);

/** Actions asked about a body or one of its meetings (the others concern the platform as a whole). */
export function isBodyAction(action: Action): boolean {
  return !platformActions.has(action);
}

/** Actions asked about a meeting, whose answer also depends on the meeting's state. */
export function isMeetingAction(action: Action): boolean {
  return (
    (action.startsWith("meeting.") && action !== "meeting.create") ||
    /^(agenda|material|rsvp|attendance|opinion|guest)\./.test(action)
  );
}

/** In which states of a meeting each meeting action is possible at all (docs/permissions.md, second table). */
export const meetingActionStates: Record<
  Exclude<Action, keyof PlatformResources | "body.read" | "body.update" | "composition.change" | "meeting.create">,
  readonly MeetingStatus[]
> = {
  "meeting.read": ["draft", "convened", "in_progress", "completed", "cancelled"],
  "meeting.manage": ["draft", "convened"],
  "meeting.preside": ["convened", "in_progress"],
  "agenda.propose": ["draft", "convened"],
  "agenda.approve": ["draft", "convened"],
  "material.submit": ["draft", "convened", "in_progress"],
  "material.accept": ["draft", "convened", "in_progress"],
  "rsvp.answer": ["convened"],
  "attendance.register": ["convened", "in_progress"],
  "opinion.submit": ["convened", "in_progress"],
  "opinion.markRead": ["in_progress"],
  "guest.propose": ["draft", "convened"],
  "guest.invite": ["draft", "convened"],
  "guest.readProposals": ["draft", "convened", "in_progress", "completed", "cancelled"],
};

type PlatformResources = Pick<
  Resources,
  | "profile.update"
  | "users.manage"
  | "organisations.manage"
  | "audit.read"
  | "outbox.read"
  | "outbox.retry"
  | "body.create"
>;
export type ResourceArgs<A extends Action> = Resources[A] extends undefined ? [] : [Resources[A]];

function holds(scope: BodyScope, role: MemberRole, sideId?: number): boolean {
  return scope.seats.some((s) => s.role === role && (sideId === undefined || s.sideId === sideId));
}

const seated = (scope: BodyScope) => scope.seats.length > 0;
/** R5 (3.3, 3.6): a deputy acts with the co-chair's powers; the platform cannot know beforehand who will be away, so both may. */
const chairs = (scope: BodyScope, sideId?: number) =>
  holds(scope, "co_chair", sideId) || holds(scope, "deputy", sideId);
const officer = (scope: BodyScope) => scope.seats.some((s) => s.role !== "member");
const inState = (action: keyof typeof meetingActionStates, scope: MeetingScope) =>
  meetingActionStates[action].includes(scope.status);

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
    case "meeting.create":
      // R2 (3.2 б): the co-chairs set the time, place and agenda of a session.
      return chairs(resource as BodyScope);
    case "meeting.read": {
      // Members see a meeting once it is convened; its officers prepare it as a draft; a guest sees only the meeting they are invited to (R12).
      const scope = resource as MeetingScope;
      if (scope.status === "draft") return officer(scope);
      return seated(scope) || scope.guest !== null || actor.isAdmin;
    }
    case "meeting.manage":
    case "meeting.preside":
    case "material.accept":
    case "guest.invite": {
      // R12 (3.11): experts and observers come by a co-chair's invitation (R5: or the acting deputy's).
      const scope = resource as MeetingScope;
      return inState(action, scope) && chairs(scope);
    }
    case "agenda.propose":
    case "guest.propose":
    case "material.submit":
    case "rsvp.answer":
    case "opinion.submit": {
      // R3 (3.5 г), R8 (3.5 д), R12 (3.11): every member of the body, officers included; never a guest.
      const scope = resource as MeetingScope;
      return inState(action, scope) && seated(scope);
    }
    case "agenda.approve": {
      // R2 (3.2 б): each side's co-chair (or the deputy acting for them) approves for that side.
      const scope = resource as MeetingScope & { sideId: number };
      return inState(action, scope) && chairs(scope, scope.sideId);
    }
    case "attendance.register":
    case "opinion.markRead": {
      // R6, R8: the secretaries keep the record; the presiding co-chairs may too.
      const scope = resource as MeetingScope;
      return inState(action, scope) && (holds(scope, "secretary") || chairs(scope));
    }
    case "guest.readProposals": {
      // R14 (1.3): members see each other's proposals and the co-chairs' reasons; guests do not.
      const scope = resource as MeetingScope;
      return inState(action, scope) && (seated(scope) || actor.isAdmin);
    }
    default:
      return false;
  }
}
