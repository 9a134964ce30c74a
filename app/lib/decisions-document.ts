/**
 * A signed protocol's decisions as a library document of kind «resolution» (issues 10 and 11): its title, adoption
 * reference and sections, in the body's working language. Pure.
 */
import type { Translate } from "./i18n";
import type { SectionInput } from "./library/structure";
import type { ItemDecisions } from "./protocol-decisions";

export interface DecisionsDocument {
  title: string;
  adoptionReference: string;
  sections: SectionInput[];
}

/** «12.03.2026»: the form of dates in adoption references («постановление № 59-9 от 14.11.2025»). */
export const referenceDate = (day: string) => day.split("-").reverse().join(".");

/** «1. Title» from the protocol's item heading, without its number (the section carries it). */
const withoutNumber = (title: string) => title.replace(/^\d+\.\s*/, "");

export function decisionsDocument(
  input: { bodyTitle: string; meetingNumber: number; meetingDay: string; items: readonly ItemDecisions[] },
  t: Translate,
): DecisionsDocument {
  const params = { body: input.bodyTitle, n: input.meetingNumber, date: referenceDate(input.meetingDay) };
  const items = input.items.filter((i) => i.decisions.length > 0);
  return {
    title: t("assignments.doc.title", params),
    adoptionReference: t("assignments.doc.reference", params),
    sections: [
      // R11 (3.10): the decisions are recommendations; the document says so before them.
      {
        level: 1,
        number: "",
        heading: t("assignments.doc.preamble"),
        body: t("assignments.doc.recommendations", params),
        footnotes: [],
      },
      ...items.map((item) => ({
        level: 1,
        number: String(item.number),
        heading: withoutNumber(item.title),
        body: item.decisions.map((d) => `${d.key}. ${d.text}`).join("\n\n"),
        footnotes: [],
      })),
    ],
  };
}
