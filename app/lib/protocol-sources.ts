// What the generated protocol draft is made from (issue 9): the meeting as the platform knows it, and the words of
// the body's working language. Read by the draft's parts and by the queries that gather them.
import type { Locale, MessageKey, Params } from "./i18n-core";
import type { GuestKind, MeetingFormat, Presence } from "./meeting-states";
import type { QuorumVerdict } from "./quorum";
import type { MemberRole } from "./roles";

export interface ProtocolSeat {
  userId: number;
  name: string;
  position: string;
  organisation: string | null;
  role: MemberRole;
  /** R9 (3.8): in person or by video; null: absent. */
  presence: Presence | null;
}

export interface ProtocolSources {
  language: Locale;
  bodyTitle: string;
  meetingNumber: number;
  startsAt: Date;
  /** The body's timezone: the protocol states the time where the body sits. */
  timeZone: string;
  place: string;
  format: MeetingFormat;
  videoLink: string | null;
  /** Whether the session has opened: before it, attendance and quorum are not known yet. */
  held: boolean;
  /** R5 (3.3): before the session, the co-chairs recorded away on its day (their side ids). */
  coChairAwaySides: readonly number[];
  /** The roll: each side's members as the composition stood at the meeting (R1), with presence. */
  sides: readonly { id: number; name: string; seats: readonly ProtocolSeat[] }[];
  /** R9 (3.7): the verdict on that roll (the stored one for a completed meeting). */
  quorum: QuorumVerdict;
  /** R12 (3.11): experts and observers invited; never members, never counted. */
  guests: readonly {
    name: string;
    position: string;
    organisation: string | null;
    kind: GuestKind;
    present: boolean;
  }[];
  /** R2: the accepted items of the agenda, in order. */
  agenda: readonly { id: number; title: string; speakers: string }[];
  /** R8 (3.5 д): written opinions of absent members; only those read out go to the annex. */
  opinions: readonly {
    authorName: string;
    sideName: string | null;
    text: string;
    itemIds: readonly number[];
    readOut: boolean;
  }[];
}

/** The document's words, in the body's working language (never the reader's): `translator(language)`. */
export type Words = (key: MessageKey, params?: Params) => string;
