/**
 * The generated protocol draft (issue 9): from what the platform knows of a meeting to ProseMirror JSON valid for
 * `protocolSchema()`, in the body's working language. Pure. The generated parts are `generatedPart` nodes
 * (decision 0015); under each item the scaffold «СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ» is written once and is the
 * secretaries' text from then on (R13, 3.4 б).
 */
import { actingChair, actingChairBeforeSession, type ActingChair } from "./acting-chair";
import type { Locale, MessageKey, Params } from "./i18n-core";
import type { GuestKind, MeetingFormat, Presence } from "./meeting-states";
import type { QuorumVerdict } from "./quorum";
import type { MemberRole } from "./roles";
import { bulletList, generatedPart, heading, orderedList, paragraph, type JSONContent } from "./protocol-json";

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

const sideName = (o: { sideName: string | null }, t: Words) => o.sideName ?? t("protocolDraft.doc.noSide");

function headingPart(s: ProtocolSources, t: Words): JSONContent[] {
  const tag = s.language === "ru" ? "ru-RU" : "en-GB";
  const date = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: s.timeZone });
  const time = new Intl.DateTimeFormat(tag, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: s.timeZone,
  });
  const zone = new Intl.DateTimeFormat("en-GB", { timeZone: s.timeZone, timeZoneName: "shortOffset" })
    .formatToParts(s.startsAt)
    .find((p) => p.type === "timeZoneName")!.value;
  const content = [
    heading(1, t("protocolDraft.doc.title", { n: s.meetingNumber })),
    paragraph(t("protocolDraft.doc.of")),
    paragraph(s.bodyTitle, { bold: true }),
    paragraph(t("protocolDraft.doc.when", { date: date.format(s.startsAt), time: time.format(s.startsAt), zone })),
  ];
  if (s.place) content.push(paragraph(t("protocolDraft.doc.place", { place: s.place })));
  content.push(paragraph(t(`protocolDraft.doc.format.${s.format}`)));
  if (s.videoLink && s.format !== "in_person")
    content.push(paragraph(t("protocolDraft.doc.video", { link: s.videoLink })));
  return content;
}

/** R5 (3.3, 3.6): who presided for each side: the co-chair, or the deputy acting in their absence. */
export function presidingOf(s: ProtocolSources): { side: string; chair: ActingChair; name: string | null }[] {
  return s.sides.map((side) => {
    const officers = {
      sideId: side.id,
      coChairId: side.seats.find((x) => x.role === "co_chair")?.userId ?? null,
      deputyId: side.seats.find((x) => x.role === "deputy")?.userId ?? null,
    };
    const chair = s.held
      ? actingChair(
          officers,
          side.seats.filter((x) => x.presence).map((x) => x.userId),
        )
      : actingChairBeforeSession(officers, s.coChairAwaySides.includes(side.id));
    return { side: side.name, chair, name: side.seats.find((x) => x.userId === chair.userId)?.name ?? null };
  });
}

function presidingPart(s: ProtocolSources, t: Words): JSONContent[] {
  const lines = presidingOf(s).map(({ side, chair, name }) =>
    chair.capacity
      ? t(`protocolDraft.doc.presiding.${chair.capacity}`, { side, name: name! })
      : t("protocolDraft.doc.presiding.nobody", { side }),
  );
  return [paragraph(t("protocolDraft.doc.presiding"), { bold: true }), bulletList(lines)];
}

function person(p: { name: string; position: string; organisation: string | null }, t: Words): string {
  const position = [p.position, p.organisation].filter(Boolean).join(", ");
  return position ? t("protocolDraft.doc.person", { name: p.name, position }) : p.name;
}

function attendancePart(s: ProtocolSources, t: Words): JSONContent[] {
  const content = [paragraph(t("protocolDraft.doc.attendance"), { bold: true })];
  if (!s.held) return [...content, paragraph(t("protocolDraft.doc.attendance.notYet"))];
  for (const side of s.sides) {
    const present = side.seats.filter((x) => x.presence).length;
    content.push(
      paragraph(t("protocolDraft.doc.attendance.side", { side: side.name, present, members: side.seats.length }), {
        bold: true,
      }),
    );
    // R9 (3.8): presence by videoconference counts; the protocol still says who was where.
    for (const group of ["in_person", "video", null] as const) {
      const people = side.seats.filter((x) => x.presence === group);
      if (!people.length) continue;
      content.push(paragraph(t(`protocolDraft.doc.attendance.${group ?? "absent"}`)));
      content.push(bulletList(people.map((p) => person(p, t))));
    }
  }
  return content;
}

function guestsPart(s: ProtocolSources, t: Words): JSONContent[] {
  const lines = s.guests.map((g) => {
    const line = t(`protocolDraft.doc.guest.${g.kind}`, { name: person(g, t) });
    return s.held && !g.present ? t("protocolDraft.doc.guest.absent", { person: line }) : line;
  });
  return [paragraph(t("protocolDraft.doc.guests"), { bold: true }), bulletList(lines)];
}

/** R9 (3.7): the statement of quorum, from the verdict on the stored roll. */
function quorumPart(s: ProtocolSources, t: Words): JSONContent[] {
  if (!s.held) return [paragraph(t("protocolDraft.doc.quorum.notYet"))];
  const q = s.quorum;
  const content = [
    paragraph(t(q.quorate ? "protocolDraft.doc.quorum.quorate" : "protocolDraft.doc.quorum.notQuorate"), {
      bold: true,
    }),
  ];
  if (q.rule.kind === "each_side_half") {
    for (const side of q.sides) {
      const name = s.sides.find((x) => x.id === side.sideId)?.name ?? String(side.sideId);
      content.push(
        paragraph(
          t("protocolDraft.doc.quorum.side", {
            side: name,
            present: side.present,
            members: side.members,
            needed: side.needed,
          }),
        ),
      );
    }
  } else {
    content.push(paragraph(t("protocolDraft.doc.quorum.overall", { ...q.overall })));
  }
  return content;
}

function agendaPart(s: ProtocolSources, t: Words): JSONContent[] {
  const title = paragraph(t("protocolDraft.doc.agenda"), { bold: true });
  if (!s.agenda.length) return [title, paragraph(t("protocolDraft.doc.agenda.empty"))];
  return [
    title,
    orderedList(
      s.agenda.map((i) =>
        i.speakers ? t("protocolDraft.doc.agenda.speakers", { title: i.title, speakers: i.speakers }) : i.title,
      ),
    ),
  ];
}

/** R8 (3.5 д): the written opinions read out, with their text, attached to the protocol. */
function annexPart(s: ProtocolSources, readOut: ProtocolSources["opinions"], t: Words): JSONContent[] {
  const content = [
    heading(2, t("protocolDraft.doc.annex", { n: s.meetingNumber })),
    paragraph(t("protocolDraft.doc.annex.intro")),
  ];
  readOut.forEach((o, k) => {
    content.push(
      heading(3, t("protocolDraft.doc.annex.opinion", { k: k + 1, author: o.authorName, side: sideName(o, t) })),
    );
    const numbers = s.agenda.flatMap((item, index) => (o.itemIds.includes(item.id) ? [index + 1] : []));
    if (numbers.length) content.push(paragraph(t("protocolDraft.doc.annex.items", { items: numbers.join(", ") })));
    for (const text of o.text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean))
      content.push(paragraph(text));
  });
  return content;
}
