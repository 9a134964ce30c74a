// The letters of execution control (R4): an assignment given, a reminder before its due day, overdue, returned.
import { letter, type ComposedMail } from "./emails";
import { formatLocalDate } from "./format";
import { translator, type Locale } from "./i18n";

export type AssignmentMailKind = "given" | "dueSoon" | "overdue" | "returned";

export function assignmentMail(input: {
  kind: AssignmentMailKind;
  locale: Locale;
  name: string;
  bodyTitle: string;
  meetingNumber: number;
  text: string;
  dueOn: string;
  link: string;
  reason?: string;
}): ComposedMail {
  const t = translator(input.locale);
  const due = formatLocalDate(input.dueOn, input.locale);
  return {
    subject: t(`assignments.mail.${input.kind}.subject`, { body: input.bodyTitle, due }),
    ...letter(input.locale, {
      greeting: t("mail.greeting", { name: input.name }),
      paragraphs: [
        t(`assignments.mail.${input.kind}.body`, { body: input.bodyTitle, n: input.meetingNumber, due }),
        input.text,
        ...(input.reason ? [t("assignments.mail.reason", { reason: input.reason })] : []),
      ],
      action: { label: t("assignments.mail.open"), url: input.link },
      after: [t("assignments.mail.recommendation")],
    }),
  };
}
