import { formatDateTime } from "./format";
import { translator, type Locale } from "./i18n";
import type { MemberRole } from "./roles";
import { bodyTitle } from "./body-rules";

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A plain letter: greeting, paragraphs, one button-like link, a closing line. Text and HTML say the same. */
export function letter(
  locale: Locale,
  parts: { greeting: string; paragraphs: string[]; action: { label: string; url: string }; after: string[] },
): Omit<ComposedMail, "subject"> {
  const t = translator(locale);
  const text = [
    parts.greeting,
    "",
    ...parts.paragraphs.flatMap((p) => [p, ""]),
    `${parts.action.label}: ${parts.action.url}`,
    "",
    ...parts.after,
    "",
    t("mail.signature"),
  ].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;color:#1b2430;line-height:1.5">
<p>${escapeHtml(parts.greeting)}</p>
${parts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(parts.action.url)}" style="background:#1d4e89;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(parts.action.label)}</a></p>
<p style="font-size:13px;color:#4a5563">${escapeHtml(parts.action.url)}</p>
${parts.after.map((p) => `<p style="font-size:13px;color:#4a5563">${escapeHtml(p)}</p>`).join("\n")}
<p>${escapeHtml(t("mail.signature"))}</p></body></html>`;
  return { text, html };
}

export function invitationMail(input: {
  locale: Locale;
  name: string;
  inviterName: string;
  link: string;
  expiresAt: Date;
  timeZone: string;
}): ComposedMail {
  const t = translator(input.locale);
  const expires = formatDateTime(input.expiresAt, input.locale, input.timeZone);
  return {
    subject: t("mail.invitation.subject"),
    ...letter(input.locale, {
      greeting: t("mail.greeting", { name: input.name }),
      paragraphs: [
        input.inviterName
          ? t("mail.invitation.body", { inviter: input.inviterName })
          : t("mail.invitation.bodyByPlatform"),
      ],
      action: { label: t("mail.invitation.action"), url: input.link },
      after: [t("mail.linkExpires", { date: expires }), t("mail.invitation.ignore")],
    }),
  };
}

export function passwordResetMail(input: {
  locale: Locale;
  name: string;
  link: string;
  expiresAt: Date;
  timeZone: string;
}): ComposedMail {
  const t = translator(input.locale);
  const expires = formatDateTime(input.expiresAt, input.locale, input.timeZone);
  return {
    subject: t("mail.reset.subject"),
    ...letter(input.locale, {
      greeting: t("mail.greeting", { name: input.name }),
      paragraphs: [t("mail.reset.body")],
      action: { label: t("mail.reset.action"), url: input.link },
      after: [t("mail.linkExpires", { date: expires }), t("mail.reset.ignore")],
    }),
  };
}

export function addedToBodyMail(input: {
  locale: Locale;
  name: string;
  body: { titleRu: string; titleEn: string | null };
  sideName: string;
  role: MemberRole;
  link: string;
}): ComposedMail {
  const t = translator(input.locale);
  const title = bodyTitle(input.body, input.locale);
  return {
    subject: t("mail.added.subject", { body: title }),
    ...letter(input.locale, {
      greeting: t("mail.greeting", { name: input.name }),
      paragraphs: [t("mail.added.body", { body: title, side: input.sideName, role: t(`role.${input.role}`) })],
      action: { label: t("mail.added.action"), url: input.link },
      after: [],
    }),
  };
}
