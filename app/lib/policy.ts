/**
 * The one place that answers "may this user do this to that?". Loaders, actions, commands, the websocket
 * server and the UI (to hide what a user may not do) all ask here; nothing checks roles anywhere else.
 * The matrix of roles and actions is docs/permissions.md; tests/unit/policy.test.ts reads that file and
 * checks every cell against this code, so the two cannot drift apart.
 */
import type { MemberRole } from "./roles";
import type { Actor, BodyScope } from "./policy-subjects";
import type { GuestKind, MeetingStatus } from "./meeting-states";
import { canConference, isConferenceAction, type ConferenceResources, type ConferenceScope } from "./policy-conference";
import {
  canPartnership,
  isPartnershipAction,
  type PartnershipResources,
  type PartnershipScope,
} from "./policy-partnership";
import { canLibrary, isLibraryAction, type LibraryResources } from "./policy-library";

export type { Actor, BodyScope } from "./policy-subjects";
export { libraryActions, type LibraryScope } from "./policy-library";

/**
 * A meeting of the body: the actor's seats now, the seats they held when the meeting was held (R14: a former
 * member keeps reading the meetings of their time), whether they are its invited guest, and its state.
 */
export interface MeetingScope extends BodyScope {
  status: MeetingStatus;
  guest: GuestKind | null;
  seatsAtMeeting: BodyScope["seats"];
}

/** Something in a meeting written by one person (a material, a proposed item, an opinion): whose it is. */
export interface Authored {
  authorId: number;
}

/**
 * Whether the actor is named in what is asked about: a signatory of this protocol (R11, by the body's
 * signatory rule and the stored roll, `app/lib/signatories.ts`), or an assignee of this assignment (R4).
 */
export interface Named {
  named: boolean;
}

/**
 * What each action is asked about. The library (issue 11) and the areas of issue 12 keep their own actions, scopes
 * and rules in their own modules (./policy-library.ts, ./policy-conference.ts, ./policy-partnership.ts), asked
 * through the same `can()`.
 */
interface Resources extends ConferenceResources, PartnershipResources, LibraryResources {
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
  "agenda.readProposals": MeetingScope & Authored;
  "material.readUnaccepted": MeetingScope & Authored;
  "opinion.read": MeetingScope & Authored;
  "guest.propose": MeetingScope;
  "guest.invite": MeetingScope;
  "guest.readProposals": MeetingScope;
  "protocol.read": MeetingScope;
  "protocol.edit": MeetingScope;
  "protocol.comment": MeetingScope;
  "protocol.resolveComment": MeetingScope;
  "protocol.regenerate": MeetingScope;
  "protocol.finalise": MeetingScope;
  "protocol.reopen": MeetingScope;
  "protocol.readFinal": MeetingScope;
  "protocol.sign": MeetingScope & Named;
  "protocol.publish": MeetingScope;
  "assignment.give": MeetingScope;
  "assignment.report": BodyScope & Named;
  "assignment.decide": BodyScope;
}

export type Action = keyof Resources;

/** Every action but the library's, for the matrix test: an action missing from docs/permissions.md fails it. */
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
  "agenda.readProposals",
  "material.readUnaccepted",
  "opinion.read",
  "guest.propose",
  "guest.invite",
  "guest.readProposals",
  "protocol.read",
  "protocol.edit",
  "protocol.comment",
  "protocol.resolveComment",
  "protocol.regenerate",
  "protocol.finalise",
  "protocol.reopen",
  "protocol.readFinal",
  "protocol.sign",
  "protocol.publish",
  "assignment.give",
  "assignment.report",
  "assignment.decide",
] as const satisfies readonly Action[];

/** Actions whose answer also depends on being named (a signatory, an assignee): their own table in docs/permissions.md. */
export const namedActions = ["protocol.sign", "assignment.report"] as const satisfies readonly Action[];

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
    action === "assignment.give" ||
    /^(agenda|material|rsvp|attendance|opinion|guest|protocol)\./.test(action)
  );
}

/** In which states of a meeting each meeting action is possible at all (docs/permissions.md, second table). */
export const meetingActionStates: Record<
  Exclude<
    Action,
    | keyof PlatformResources
    | keyof ConferenceResources
    | keyof PartnershipResources
    | keyof LibraryResources
    | "assignment.report"
    | "assignment.decide"
    | "body.read"
    | "body.update"
    | "composition.change"
    | "meeting.create"
  >,
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
  // Reads: possible in every state; who may read depends on the state only for opinions (see can()).
  "agenda.readProposals": ["draft", "convened", "in_progress", "completed", "cancelled"],
  "material.readUnaccepted": ["draft", "convened", "in_progress", "completed", "cancelled"],
  "opinion.read": ["draft", "convened", "in_progress", "completed", "cancelled"],
  "guest.propose": ["draft", "convened"],
  "guest.invite": ["draft", "convened"],
  "guest.readProposals": ["draft", "convened", "in_progress", "completed", "cancelled"],
  // A convened meeting has a protocol draft (R13); finalising (a state of the protocol, not of the meeting)
  // closes it to every edit whatever these say.
  "protocol.read": ["convened", "in_progress", "completed"],
  "protocol.edit": ["convened", "in_progress", "completed"],
  "protocol.comment": ["convened", "in_progress", "completed"],
  "protocol.resolveComment": ["convened", "in_progress", "completed"],
  "protocol.regenerate": ["convened", "in_progress", "completed"],
  // R11 (3.10): the protocol of a session is finalised, signed and acted on once the session is over.
  "protocol.finalise": ["completed"],
  "protocol.reopen": ["completed"],
  "protocol.readFinal": ["completed"],
  "protocol.sign": ["completed"],
  "protocol.publish": ["completed"],
  "assignment.give": ["completed"],
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

const seated = (scope: Pick<BodyScope, "seats">) => scope.seats.length > 0;
/** R5 (3.3, 3.6): a deputy acts with the co-chair's powers; the platform cannot know beforehand who will be away, so both may. */
const chairs = (scope: BodyScope, sideId?: number) =>
  holds(scope, "co_chair", sideId) || holds(scope, "deputy", sideId);
const officer = (scope: BodyScope) => scope.seats.some((s) => s.role !== "member");
const inState = (action: keyof typeof meetingActionStates, scope: MeetingScope) =>
  meetingActionStates[action].includes(scope.status);

/** Written opinions are read out at the meeting (R8): from then on they are for everyone who reads it. */
const readOut = (scope: MeetingScope) => scope.status === "in_progress" || scope.status === "completed";

/** Whether the actor reads the meeting at all: every other read rule narrows this one. */
function readsMeeting(actor: Actor, scope: MeetingScope): boolean {
  // A draft is prepared by the body's officers; members and guests see a meeting once it is convened.
  if (scope.status === "draft") return officer(scope);
  // R14 (1.3): every member reads the body, and a former member the meetings held while they sat in it;
  // R12 (3.11): a guest reads the meeting they are invited to; an administrator oversees the platform.
  // A meeting is "held" once it is opened: a convened meeting whose hour has passed is not (yet) one of theirs.
  const heldWhileSeated = readOut(scope) && scope.seatsAtMeeting.length > 0;
  return seated(scope) || heldWhileSeated || scope.guest !== null || actor.isAdmin;
}

export function can<A extends Action>(actor: Actor | null, action: A, ...args: ResourceArgs<A>): boolean {
  const resource = args[0] as Resources[Action];
  // Issue 12: a conference's participants and a published page's readers may have no account at all.
  if (actor && actor.status !== "active") return false;
  if (isConferenceAction(action)) return canConference(actor, action, resource as ConferenceScope);
  if (isPartnershipAction(action)) return canPartnership(actor, action, resource as PartnershipScope);
  if (isLibraryAction(action)) return canLibrary(actor, action, resource as LibraryResources[typeof action]);
  if (!actor || actor.status !== "active") return false;
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
    case "meeting.read":
      return readsMeeting(actor, resource as MeetingScope);
    case "agenda.readProposals":
    case "material.readUnaccepted": {
      // R3 (3.5 г), R7 (3.9): a proposal, or a late material, is for its author and for those who decide on it
      // (the co-chairs and deputies) until it is accepted.
      const scope = resource as MeetingScope & Authored;
      return readsMeeting(actor, scope) && (scope.authorId === actor.id || chairs(scope));
    }
    case "opinion.read": {
      // R8 (3.5 д): for its author and the officers who read it out; for every reader once the meeting has begun.
      const scope = resource as MeetingScope & Authored;
      return readsMeeting(actor, scope) && (scope.authorId === actor.id || officer(scope) || readOut(scope));
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
    case "protocol.read":
    case "protocol.comment": {
      // R13 (3.4 б), R14 (1.3): every member follows the draft and may comment on it; experts, observers and
      // partners do not see drafts; an administrator oversees (reads, never comments).
      const scope = resource as MeetingScope;
      return inState(action, scope) && (seated(scope) || (action === "protocol.read" && actor.isAdmin));
    }
    case "protocol.edit": {
      // R13 (3.4 б): the secretaries draft it together; the co-chairs (R5: or deputies) who will sign it write too.
      const scope = resource as MeetingScope;
      return inState(action, scope) && (holds(scope, "secretary") || chairs(scope));
    }
    case "protocol.resolveComment":
    case "protocol.regenerate": {
      // R13 (3.4 б): the secretaries keep the protocol: they answer comments and rewrite its generated parts.
      const scope = resource as MeetingScope;
      return inState(action, scope) && holds(scope, "secretary");
    }
    case "protocol.finalise":
    case "protocol.reopen": {
      // R13 (3.4 б): the secretaries keep the protocol: they finalise it, and reopen it for corrections.
      const scope = resource as MeetingScope;
      return inState(action, scope) && holds(scope, "secretary");
    }
    case "protocol.readFinal": {
      // R11 (3.10), R14 (1.3): a final protocol is for everyone who reads the meeting, its guests included.
      const scope = resource as MeetingScope;
      return inState(action, scope) && readsMeeting(actor, scope);
    }
    case "protocol.sign": {
      // R11 (3.10), R5: its signatories sign it (the co-chairs or the deputies who acted, and the secretaries);
      // who they are is app/lib/signatories.ts's rule, on the stored roll. A signatory who has since left signs
      // the protocol of their session.
      const scope = resource as MeetingScope & Named;
      return inState(action, scope) && scope.named && (seated(scope) || scope.seatsAtMeeting.length > 0);
    }
    case "protocol.publish":
    case "assignment.give": {
      // R4 (3.2 а, г): the co-chairs give assignments, the secretaries write them down from the decisions;
      // the same officers publish the decisions to the library (issue 11: secretaries and co-chairs add documents).
      const scope = resource as MeetingScope;
      return inState(action, scope) && (holds(scope, "secretary") || chairs(scope));
    }
    case "assignment.report": {
      // R4 (3.4 в): the assignee reports; the secretaries, who track execution to the end, may report for them.
      const scope = resource as BodyScope & Named;
      return (scope.named && seated(scope)) || holds(scope, "secretary");
    }
    case "assignment.decide":
      // R4 (3.2 г): the co-chairs (R5: or deputies) who gave the assignment accept its execution or return it.
      return chairs(resource as BodyScope);
    default:
      return false;
  }
}

/**
 * R7 (3.9): a material on time, or accepted, is for every reader of the meeting; a late one before acceptance
 * as `material.readUnaccepted` says. The agenda page, the live page and the file download all ask here.
 */
export function canReadMaterial(
  actor: Actor | null,
  scope: MeetingScope,
  material: { late: boolean; acceptedAt: Date | null; submittedById: number },
): boolean {
  if (!material.late || material.acceptedAt) return can(actor, "meeting.read", scope);
  return can(actor, "material.readUnaccepted", { ...scope, authorId: material.submittedById });
}

/** R3 (3.5 г): an accepted item is on the agenda, for every reader; a proposal as `agenda.readProposals` says. */
export function canReadAgendaItem(
  actor: Actor | null,
  scope: MeetingScope,
  item: { status: "accepted" | "proposed" | "declined"; proposedById: number | null },
): boolean {
  if (item.status === "accepted") return can(actor, "meeting.read", scope);
  return can(actor, "agenda.readProposals", { ...scope, authorId: item.proposedById ?? -1 });
}
