/**
 * The letters of a partnership's action plan (issue 12), as assignments' (R4): an item marked done (to the other
 * parties' heads, who decide), accepted or returned (to the responsible party's people), and the reminders before
 * its due day and when overdue (to them too). Pure.
 */
import { letter, type ComposedMail } from "./emails";
import { formatLocalDate } from "./format";
import { translator, type Locale } from "./i18n";
import type { ReminderKind } from "./due-rules";

export type ActionPlanMailKind = "done" | "accepted" | "returned" | ReminderKind;

export function actionPlanMail(input: {
  kind: ActionPlanMailKind;
  locale: Locale;
  name: string;
  partnershipTitle: string;
  /** The responsible party. */
  party: string;
  number: string;
  text: string;
  dueOn: string;
  link: string;
  /** The note sent with "done", or the reason of a return. */
  note?: string;
}): ComposedMail {
  const t = translator(input.locale);
  const due = formatLocalDate(input.dueOn, input.locale);
  const facts = { body: input.partnershipTitle, party: input.party, number: input.number, due };
  const note = input.note
    ? [
        input.kind === "returned"
          ? t("planMail.reason", { reason: input.note })
          : t("planMail.note", { note: input.note }),
      ]
    : [];
  return {
    subject: t(`planMail.${input.kind}.subject`, facts),
    ...letter(input.locale, {
      greeting: t("mail.greeting", { name: input.name }),
      paragraphs: [t(`planMail.${input.kind}.body`, facts), `${input.number}. ${input.text}`, ...note],
      action: { label: t("planMail.open"), url: input.link },
      after: [t("planMail.why", { body: input.partnershipTitle })],
    }),
  };
}
