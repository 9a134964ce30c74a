// The generated parts of a protocol draft, one function each (decision 0016): what app/lib/protocol-draft.ts
// assembles. Pure; the words come from the body's dictionary (`Words`).
import { actingChair, actingChairBeforeSession, type ActingChair } from "./acting-chair";
import type { ProtocolSources, Words } from "./protocol-sources";
import { bulletList, heading, orderedList, paragraph, type JSONContent } from "./protocol-json";

export const sideName = (o: { sideName: string | null }, t: Words) => o.sideName ?? t("protocolDraft.doc.noSide");

export function headingPart(s: ProtocolSources, t: Words): JSONContent[] {
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

export function presidingPart(s: ProtocolSources, t: Words): JSONContent[] {
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

export function attendancePart(s: ProtocolSources, t: Words): JSONContent[] {
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

export function guestsPart(s: ProtocolSources, t: Words): JSONContent[] {
  const lines = s.guests.map((g) => {
    const line = t(`protocolDraft.doc.guest.${g.kind}`, { name: person(g, t) });
    return s.held && !g.present ? t("protocolDraft.doc.guest.absent", { person: line }) : line;
  });
  return [paragraph(t("protocolDraft.doc.guests"), { bold: true }), bulletList(lines)];
}

/** R9 (3.7): the statement of quorum, from the verdict on the stored roll. */
export function quorumPart(s: ProtocolSources, t: Words): JSONContent[] {
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

export function agendaPart(s: ProtocolSources, t: Words): JSONContent[] {
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
export function annexPart(s: ProtocolSources, readOut: ProtocolSources["opinions"], t: Words): JSONContent[] {
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
