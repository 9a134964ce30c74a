// The letter to a signatory when a protocol is finalised (R11, issue 10): what to sign, and where. Pure.
import { bodyTitle } from "./body-rules";
import { letter, type ComposedMail } from "./emails";
import { translator, type Locale } from "./i18n";

export function signingRequestMail(input: {
  locale: Locale;
  name: string;
  body: { titleRu: string; titleEn: string | null };
  meeting: { number: number };
  final: { number: number; sha256: string };
  link: string;
}): ComposedMail {
  const t = translator(input.locale);
  const title = bodyTitle(input.body, input.locale);
  return {
    subject: t("signing.mail.subject", { body: title, n: input.meeting.number }),
    ...letter(input.locale, {
      greeting: t("mail.greeting", { name: input.name }),
      paragraphs: [
        t("signing.mail.body", { n: input.meeting.number, body: title }),
        t(input.final.number > 1 ? "signing.mail.correction" : "signing.mail.hash", {
          hash: input.final.sha256,
          number: input.final.number,
        }),
      ],
      action: { label: t("signing.mail.open"), url: input.link },
      after: [t("signing.mail.password")],
    }),
  };
}
