import { bodyTitle } from "./body-rules";
import { letter, type ComposedMail } from "./emails";
import { formatDateTime } from "./format";
import { translator, type Locale } from "./i18n";
import type { MeetingFormat } from "./meeting-states";

export type MeetingMailKind = "convened" | "updated" | "cancelled" | "guest";

export interface MeetingMailInput {
  kind: MeetingMailKind;
  locale: Locale;
  name: string;
  timeZone: string;
  body: { titleRu: string; titleEn: string | null; timezone: string };
  meeting: { number: number; startsAt: Date; place: string; format: MeetingFormat; videoLink: string | null };
  agenda: string[];
  link: string;
  /** Members answer the invitation on the platform; guests have nothing to answer. */
  answerLink: string | null;
}

/**
 * The .ics DESCRIPTION: the agenda, then where to answer. The invitation's ORGANIZER is the platform's no-reply
 * address, so a reply from a calendar would reach nobody: the text says so, and links to the platform.
 */
export function calendarDescription(input: {
  locale: Locale;
  agenda: string[];
  link: string;
  answerLink: string | null;
}): string {
  const t = translator(input.locale);
  const where = input.answerLink
    ? t("ics.answerOnPlatform", { link: input.answerLink })
    : t("ics.noReplies", { link: input.link });
  return [input.agenda.map((a, i) => `${i + 1}. ${a}`).join("\n"), where].filter(Boolean).join("\n\n");
}

/** The letter that goes with a convocation, an update, a cancellation, or a guest's invitation, with its .ics beside it. */
export function meetingMail(input: MeetingMailInput): ComposedMail {
  const t = translator(input.locale);
  const title = bodyTitle(input.body, input.locale);
  const when = formatDateTime(input.meeting.startsAt, input.locale, input.timeZone);
  const bodyWhen =
    input.timeZone === input.body.timezone
      ? null
      : formatDateTime(input.meeting.startsAt, input.locale, input.body.timezone);
  const details = [
    t("meetingMail.when", { when }) + (bodyWhen ? ` (${t("meetingMail.bodyTime", { when: bodyWhen })})` : ""),
    t(`meeting.format.${input.meeting.format}`) + (input.meeting.place ? `: ${input.meeting.place}` : ""),
    ...(input.meeting.videoLink ? [t("meetingMail.video", { link: input.meeting.videoLink })] : []),
  ];
  const agenda = input.agenda.length
    ? [t("meetingMail.agenda"), ...input.agenda.map((item, i) => `${i + 1}. ${item}`)].join("\n")
    : t("meetingMail.agendaLater");
  return {
    subject: t(`meetingMail.${input.kind}.subject`, { body: title, n: input.meeting.number }),
    ...letter(input.locale, {
      greeting: t("mail.greeting", { name: input.name }),
      paragraphs: [
        t(`meetingMail.${input.kind}.body`, { body: title, n: input.meeting.number }),
        details.join("\n"),
        ...(input.kind === "cancelled" ? [] : [agenda]),
      ],
      action: { label: t("meetingMail.open"), url: input.link },
      after:
        input.kind === "cancelled"
          ? []
          : [
              input.answerLink
                ? t("meetingMail.answerOnPlatform", { link: input.answerLink })
                : t("meetingMail.noReplies", { link: input.link }),
            ],
    }),
  };
}

/** The reminder to those who proposed items and have not yet sent materials for them (R7). */
export function materialsReminderMail(input: {
  locale: Locale;
  name: string;
  timeZone: string;
  body: { titleRu: string; titleEn: string | null; timezone: string };
  meeting: { number: number };
  items: string[];
  deadline: Date;
  link: string;
}): ComposedMail {
  const t = translator(input.locale);
  const title = bodyTitle(input.body, input.locale);
  // The deadline is the end of the last day: show the last moment of it, in the body's timezone.
  const lastMoment = formatDateTime(new Date(input.deadline.getTime() - 60_000), input.locale, input.body.timezone);
  return {
    subject: t("meetingMail.reminder.subject", { body: title, n: input.meeting.number }),
    ...letter(input.locale, {
      greeting: t("mail.greeting", { name: input.name }),
      paragraphs: [
        t("meetingMail.reminder.body", { n: input.meeting.number, body: title, deadline: lastMoment }),
        input.items.map((i) => `— ${i}`).join("\n"),
      ],
      action: { label: t("meetingMail.open"), url: input.link },
      after: [t("meetingMail.reminder.late")],
    }),
  };
}
