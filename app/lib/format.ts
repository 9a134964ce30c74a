import { intlTag, type Locale } from "./i18n-core";
import { intlOnce } from "./intl-once";

export const defaultTimeZone = "Europe/Moscow";

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A moment shown in the reader's language and timezone, with the zone named so nobody guesses. */
export function formatDateTime(value: Date | number, locale: Locale, timeZone: string): string {
  return intlOnce(
    `dateTime ${locale} ${timeZone}`,
    () =>
      new Intl.DateTimeFormat(intlTag(locale), {
        day: "numeric",
        month: "long",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone,
        timeZoneName: "short",
      }),
  ).format(value);
}

export function formatDate(value: Date | number, locale: Locale, timeZone: string): string {
  return intlOnce(
    `date ${locale} ${timeZone}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { day: "numeric", month: "long", year: "numeric", timeZone }),
  ).format(value);
}

/** Timezones offered in the profile: the CIS capitals first, then UTC. */
export const commonTimeZones = [
  "Europe/Moscow",
  "Europe/Kaliningrad",
  "Europe/Samara",
  "Asia/Yekaterinburg",
  "Asia/Omsk",
  "Asia/Novosibirsk",
  "Asia/Krasnoyarsk",
  "Asia/Irkutsk",
  "Asia/Yakutsk",
  "Asia/Vladivostok",
  "Asia/Magadan",
  "Asia/Kamchatka",
  "Asia/Almaty",
  "Asia/Aqtobe",
  "Europe/Minsk",
  "Asia/Bishkek",
  "Asia/Tashkent",
  "Asia/Dushanbe",
  "Asia/Ashgabat",
  "Asia/Baku",
  "Asia/Yerevan",
  "Europe/Chisinau",
  "UTC",
] as const;

/** A calendar date ("YYYY-MM-DD", already in the right timezone), written out in the reader's language. */
export function formatLocalDate(date: string, locale: Locale): string {
  return intlOnce(
    `localDate ${locale}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  ).format(new Date(`${date}T12:00:00Z`));
}
