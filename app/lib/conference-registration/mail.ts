// The letters to a registrant (issue 12), in the language of the form they used: confirmed (with the conference's
// .ics and their personal link), or declined, politely.
import { bodyTitle } from "../body-rules";
import { letter, type ComposedMail } from "../emails";
import { formatDateTime } from "../format";
import { translator, type Locale } from "../i18n";

export interface RegistrationMailInput {
  locale: Locale;
  name: string;
  body: { titleRu: string; titleEn: string | null; timezone: string };
  conference: { theme: string; startsAt: Date; endsAt: Date; venue: string; videoLink: string | null };
  /** The conference's public page. */
  pageLink: string;
}

function details(input: RegistrationMailInput): string {
  const t = translator(input.locale);
  const { conference, body, locale } = input;
  return [
    t("registration.mail.when", {
      from: formatDateTime(conference.startsAt, locale, body.timezone),
      to: formatDateTime(conference.endsAt, locale, body.timezone),
    }),
    ...(conference.venue ? [t("registration.mail.venue", { venue: conference.venue })] : []),
    ...(conference.videoLink ? [t("registration.mail.video", { link: conference.videoLink })] : []),
  ].join("\n");
}

export function confirmationMail(input: RegistrationMailInput & { personalLink: string }): ComposedMail {
  const t = translator(input.locale);
  const title = bodyTitle(input.body, input.locale);
  return {
    subject: t("registration.mail.confirmed.subject", { title }),
    ...letter(input.locale, {
      greeting: t("mail.greeting", { name: input.name }),
      paragraphs: [t("registration.mail.confirmed.body", { title }), details(input), t("registration.mail.ics")],
      action: { label: t("registration.mail.personalLink"), url: input.personalLink },
      after: [t("registration.mail.keepLink")],
    }),
  };
}

export function declineMail(input: RegistrationMailInput & { reason: string }): ComposedMail {
  const t = translator(input.locale);
  const title = bodyTitle(input.body, input.locale);
  return {
    subject: t("registration.mail.declined.subject", { title }),
    ...letter(input.locale, {
      greeting: t("mail.greeting", { name: input.name }),
      paragraphs: [
        t("registration.mail.declined.body", { title }),
        ...(input.reason ? [t("registration.mail.declined.reason", { reason: input.reason })] : []),
      ],
      action: { label: t("registration.mail.page"), url: input.pageLink },
      after: [t("registration.mail.declined.after")],
    }),
  };
}
