/**
 * The conference area of the one policy (issue 12), asked through `can()` in ./policy.ts like every other action.
 * A conference's people are its organisers (a seat in the conference body, any role) and its registered
 * participants, who have no account: their registration is found by their signed-in e-mail or their personal link.
 * The table is docs/permissions.md ("conference"), checked cell by cell by tests/unit/policy-conference.test.ts.
 */
import type { OutcomeState, RegistrationStatus } from "./conference-kinds";
import type { Actor, BodyScope } from "./policy-subjects";

export interface ConferenceScope {
  bodyId: number;
  /** The visitor's seats in the conference body: any seat makes them one of the organisers. */
  seats: BodyScope["seats"];
  /** Whether the organisers have published its public page. */
  published: boolean;
  /** The visitor's registration, if any (by their signed-in e-mail, or the personal link of a confirmed one). */
  participant: RegistrationStatus | null;
  /** Where the outcome document stands (null: not begun). */
  outcome: OutcomeState | null;
}

/** A material of a programme item: public ones are for anyone once the conference is published. */
export type ConferenceMaterialScope = ConferenceScope & { isPublic: boolean };

export interface ConferenceResources {
  "conference.read": ConferenceScope;
  "conference.manage": ConferenceScope;
  "conference.joinOnline": ConferenceScope;
  "registration.submit": ConferenceScope;
  "registration.manage": ConferenceScope;
  "registration.own": ConferenceScope;
  "participants.read": ConferenceScope;
  "conferenceMaterial.read": ConferenceMaterialScope;
  "outcome.read": ConferenceScope;
  "outcome.edit": ConferenceScope;
  "outcome.propose": ConferenceScope;
  "outcome.finalise": ConferenceScope;
  "outcome.publish": ConferenceScope;
}
export type ConferenceAction = keyof ConferenceResources;

export const conferenceActions = [
  "conference.read",
  "conference.manage",
  "conference.joinOnline",
  "registration.submit",
  "registration.manage",
  "registration.own",
  "participants.read",
  "conferenceMaterial.read",
  "outcome.read",
  "outcome.edit",
  "outcome.propose",
  "outcome.finalise",
  "outcome.publish",
] as const satisfies readonly ConferenceAction[];

const conferenceActionSet = new Set<string>(conferenceActions);
export const isConferenceAction = (action: string): action is ConferenceAction => conferenceActionSet.has(action);

const organiser = (scope: ConferenceScope) => scope.seats.length > 0;
const confirmed = (scope: ConferenceScope) => scope.participant === "confirmed";
/** The outcome is being written: by the organisers, and (once opened) with the participants' proposals. */
const drafting = (scope: ConferenceScope) => scope.outcome === "drafting" || scope.outcome === "open_for_proposals";

/**
 * `actor` is null for someone signed out, who may still be a confirmed participant by their personal link.
 * Called by `can()` only after it has refused a disabled or not-yet-accepted account.
 */
export function canConference(actor: Actor | null, action: ConferenceAction, scope: ConferenceScope): boolean {
  const admin = actor?.isAdmin ?? false;
  switch (action) {
    case "conference.read":
      // Issue 12: the organisers publish the conference at /conferences/<id>, readable without an account;
      // before that it is as private as any body (R14): its organisers' (and the administrators') only.
      return scope.published || organiser(scope) || admin;
    case "registration.submit":
      // Anyone registers from the public page (whether registration is open now is the form's rule, and it says so).
      return scope.published;
    case "conference.manage":
    case "registration.manage":
      // The organisers run their conference: details, programme, materials, registration, check-in.
      return organiser(scope);
    case "conference.joinOnline":
      // The video link is the door to the room: for those let in (confirmed participants) and the organisers, never
      // printed on a public page that search engines index (decision 0022).
      return organiser(scope) || admin || (scope.published && confirmed(scope));
    case "registration.own":
      // Decision 0027: the registrant's own page — read, correct, withdraw — for whoever the registration is (by
      // its personal link, or signed in with its address), and nobody else: not the organisers, not an administrator.
      return scope.participant !== null && scope.participant !== "withdrawn";
    case "participants.read":
      // The list and its statistics hold personal data: the organisers', and the administrators' who oversee.
      return organiser(scope) || admin;
    case "conferenceMaterial.read": {
      // Issue 12: participants download the materials; public ones are for anyone when the organisers say so.
      const material = scope as ConferenceMaterialScope;
      if (organiser(scope) || admin) return true;
      if (!scope.published) return false;
      return material.isPublic || confirmed(scope);
    }
    case "outcome.read":
      // The draft is the organisers'; opened for proposals, the confirmed participants read it too. Once published
      // it is a library document, read as the library says.
      return organiser(scope) || admin || (scope.outcome === "open_for_proposals" && confirmed(scope));
    case "outcome.edit":
    case "outcome.finalise":
      // The organisers draft it live and finalise it (whatever proposals are still undecided).
      return drafting(scope) && organiser(scope);
    case "outcome.propose":
      // Issue 12: opened to the confirmed participants for proposals (until a deadline: the command checks the hour).
      return scope.outcome === "open_for_proposals" && confirmed(scope);
    case "outcome.publish":
      // Finalised, it is published to the library in one step.
      return scope.outcome === "finalised" && organiser(scope);
  }
}
