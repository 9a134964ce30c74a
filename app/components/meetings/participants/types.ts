import type { GuestKind, MeetingStatus, Presence, RsvpAnswer } from "~/lib/meeting-states";
import type { MemberRole } from "~/lib/roles";

// What the participants page's loader hands its components (dates as ISO strings, as they travel).

export interface RollSeat {
  userId: number;
  name: string;
  role: MemberRole;
  organisation: string | null;
  position: string;
  rsvp: RsvpAnswer | null;
  presence: Presence | null;
}

export interface RollSide {
  id: number;
  name: string;
  seats: RollSeat[];
}

export interface GuestRow {
  userId: number;
  name: string;
  organisation: string | null;
  kind: GuestKind;
  /** The account is not yet activated: the invitation to the platform is still open. */
  pending: boolean;
  presence: Presence | null;
  /** Shown only to those who manage the meeting. */
  email: string | null;
}

export interface AgendaChoice {
  id: number;
  number: number;
  title: string;
}

export interface MyOpinion {
  id: number;
  text: string;
  itemIds: number[];
  file: { name: string; size: number } | null;
  submittedAt: string;
  updatedAt: string;
  readOutAt: string | null;
}

/** The signed-in person's own place at the meeting. */
export interface Me {
  userId: number;
  seated: boolean;
  guestKind: GuestKind | null;
  rsvp: RsvpAnswer | null;
  presence: Presence | null;
  opinion: MyOpinion | null;
}

export interface Permissions {
  answer: boolean;
  opinion: boolean;
  /** guest.invite: invite directly, or on a proposal, or decline one. */
  manage: boolean;
  propose: boolean;
  readProposals: boolean;
}

/** An action's refusal: messages already in the user's language, and what they typed. */
export interface FormResult {
  intent: string;
  fieldErrors: Record<string, string>;
  formError?: string;
  values: Record<string, string | string[]>;
}

export type { MeetingStatus };

/** R12: a member's proposal of an expert or observer, as the members see it. */
export interface ProposalRow {
  id: number;
  name: string;
  organisation: string | null;
  kind: GuestKind;
  reason: string;
  proposerName: string;
  status: "pending" | "invited" | "declined";
  declineReason: string | null;
  /** Shown only to the proposer and to those who decide. */
  email: string | null;
}
