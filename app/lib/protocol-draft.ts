/**
 * The generated protocol draft (issue 9): from what the platform knows of a meeting to ProseMirror JSON valid for
 * `protocolSchema()`, in the body's working language. Pure. The generated parts are `generatedPart` nodes
 * (decision 0016); under each item the scaffold «СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ» is written once and is the
 * secretaries' text from then on (R13, 3.4 б).
 */
import type { ProtocolSources, Words } from "./protocol-sources";
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
export type { ProtocolSeat, ProtocolSources, Words } from "./protocol-sources";

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
