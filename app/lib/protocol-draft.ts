/**
 * The generated protocol draft (issue 9): from what the platform knows of a meeting to ProseMirror JSON valid for
 * `protocolSchema()`, in the body's working language. Pure. The generated parts are `generatedPart` nodes
 * (decision 0016); under each item the scaffold «СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ» is written once and is the
 * secretaries' text from then on (R13, 3.4 б).
 */
import type { Locale, MessageKey, Params } from "./i18n-core";
import type { GuestKind, MeetingFormat, Presence } from "./meeting-states";
import type { QuorumVerdict } from "./quorum";
import type { MemberRole } from "./roles";
import {
  agendaPart,
  annexPart,
  attendancePart,
  guestsPart,
  headingPart,
  presidingPart,
  quorumPart,
  sideName,
} from "./protocol-draft-parts";
import { generatedPart, heading, paragraph, type JSONContent } from "./protocol-json";

export { presidingOf } from "./protocol-draft-parts";

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

/** The order of the fixed parts at the top of a protocol. */
export const headParts = ["heading", "presiding", "attendance", "guests", "quorum", "agenda"] as const;
export const itemPart = (itemId: number) => `item-heading:${itemId}`;
export const ANNEX = "annex";

/** The item id of an `item-heading:<id>` part, or null. */
export function itemIdOfPart(part: string): number | null {
  const match = /^item-heading:([1-9][0-9]{0,14})$/.exec(part);
  return match ? Number(match[1]) : null;
}

export interface ProtocolDraft {
  /** The fixed parts that apply (guests only when someone was invited, the annex only when an opinion was read). */
  head: { part: string; node: JSONContent }[];
  /** One per agenda item, in order: its generated heading and the scaffold written under it once. */
  items: { itemId: number; node: JSONContent; scaffold: JSONContent[] }[];
  annex: JSONContent | null;
}

/** The document's words, in the body's working language (never the reader's): `translator(language)`. */
export type Words = (key: MessageKey, params?: Params) => string;

/** The whole draft, as the generated first text of a protocol. */
export function draftDocument(draft: ProtocolDraft): JSONContent {
  const content: JSONContent[] = draft.head.map((h) => h.node);
  for (const item of draft.items) content.push(item.node, ...item.scaffold);
  if (draft.annex) content.push(draft.annex);
  return { type: "doc", content };
}

export function generateProtocolDraft(sources: ProtocolSources, t: Words): ProtocolDraft {
  const readOut = sources.opinions.filter((o) => o.readOut);
  const head: ProtocolDraft["head"] = [
    { part: "heading", node: generatedPart("heading", headingPart(sources, t)) },
    { part: "presiding", node: generatedPart("presiding", presidingPart(sources, t)) },
    { part: "attendance", node: generatedPart("attendance", attendancePart(sources, t)) },
  ];
  if (sources.guests.length) head.push({ part: "guests", node: generatedPart("guests", guestsPart(sources, t)) });
  head.push({ part: "quorum", node: generatedPart("quorum", quorumPart(sources, t)) });
  head.push({ part: "agenda", node: generatedPart("agenda", agendaPart(sources, t)) });

  const items = sources.agenda.map((item, index) => {
    const content = [heading(2, t("protocolDraft.doc.item", { n: index + 1, title: item.title }))];
    // R8: the item says which opinions were read out on it; their text is in the annex.
    readOut.forEach((o, k) => {
      if (o.itemIds.includes(item.id))
        content.push(
          paragraph(t("protocolDraft.doc.item.opinion", { author: o.authorName, side: sideName(o, t), k: k + 1 })),
        );
    });
    return {
      itemId: item.id,
      node: generatedPart(itemPart(item.id), content),
      scaffold: [
        paragraph(t("protocolDraft.doc.heard"), { bold: true }),
        paragraph(item.speakers),
        paragraph(t("protocolDraft.doc.spoke"), { bold: true }),
        paragraph(""),
        paragraph(t("protocolDraft.doc.decided"), { bold: true }),
        paragraph(""),
      ],
    };
  });

  const annex = readOut.length ? generatedPart(ANNEX, annexPart(sources, readOut, t)) : null;
  return { head, items, annex };
}
