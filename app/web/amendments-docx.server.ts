/**
 * The comparison table as a DOCX (issue 11): a landscape page, a heading with the document, the edition and the
 * deadline, and one row per amendment with the same columns as the page; in the proposed wording, removed words
 * are struck out and added ones underlined, as on the page.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { AmendmentsView } from "../../db/library/amendments-read";
import type { Locale, MessageKey } from "~/lib/i18n-core";
import type { Translate } from "~/lib/i18n";
import { deadlineText } from "~/lib/library/amendment-format";
import { wordingDiff } from "~/lib/library/wording-diff";

type Style = { strike?: boolean; underline?: object; bold?: boolean };

/** Runs for a text, its line breaks kept. */
function runs(text: string, style: Style = {}): TextRun[] {
  return text.split("\n").map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

const cell = (children: Paragraph[], width: number) =>
  new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE } });
const textCell = (text: string, width: number, style: Style = {}) =>
  cell([new Paragraph({ children: runs(text, style) })], width);

// Percent of the table's width per column: №, section, current, proposed, author, justification, decision.
const widths = [4, 12, 19, 19, 12, 17, 17];

export async function amendmentsDocx(
  view: AmendmentsView,
  t: Translate,
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const { doc, edition, body, rows } = view;
  const header = new TableRow({
    tableHeader: true,
    children: (["no", "section", "current", "proposed", "author", "justification", "decision"] as const).map((c, i) =>
      textCell(t(`amendments.col.${c}`), widths[i]!, { bold: true }),
    ),
  });
  const lines = rows.map(
    (r, i) =>
      new TableRow({
        children: [
          textCell(String(i + 1), widths[0]!),
          textCell(
            `${r.sectionTitle}\n(${r.passage ? t("amendments.passage") : t("amendments.wholeSection")})`,
            widths[1]!,
          ),
          textCell(r.currentWording, widths[2]!),
          cell(
            [
              new Paragraph({
                children: wordingDiff(r.currentWording, r.proposedWording).flatMap((p) =>
                  runs(p.text, p.op === "removed" ? { strike: true } : p.op === "added" ? { underline: {} } : {}),
                ),
              }),
            ],
            widths[3]!,
          ),
          textCell([r.authorName, r.sideName].filter(Boolean).join("\n"), widths[4]!),
          textCell(r.justification, widths[5]!),
          cell(
            [
              new Paragraph({
                children: runs(t(`amendments.decision.${r.decision ?? "none"}` as MessageKey), { bold: true }),
              }),
              ...(r.decision === "accepted_in_part" && r.acceptedWording
                ? [new Paragraph({ children: runs(r.acceptedWording) })]
                : []),
              ...(r.decisionComment ? [new Paragraph({ children: runs(r.decisionComment) })] : []),
            ],
            widths[6]!,
          ),
        ],
      }),
  );
  const deadline = edition.amendmentsUntil ? deadlineText(edition.amendmentsUntil, locale, body.timezone) : "—";
  const document = new Document({
    creator: body.title,
    title: `${t("amendments.docx.heading")} — ${doc.title}`,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(t("amendments.docx.heading")) }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(doc.title) }),
          new Paragraph({ children: runs(body.title) }),
          new Paragraph({ children: runs(t("amendments.docx.edition", { n: edition.number, deadline })) }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...lines] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
