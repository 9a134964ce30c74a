// When a conference happens, as its pages say it: a day and hours read in a named timezone, so a visitor from
// Tashkent and an organiser in Moscow read the same promise (decision 0022).
import { intlTag, type Locale } from "../i18n-core";
import { intlOnce } from "../intl-once";

const clock = (locale: Locale, timeZone: string) =>
  intlOnce(
    `conference-clock ${locale} ${timeZone}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }),
  );

const day = (locale: Locale, timeZone: string) =>
  intlOnce(
    `conference-day ${locale} ${timeZone}`,
    () =>
      new Intl.DateTimeFormat(intlTag(locale), {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone,
      }),
  );

/** "10:00–13:00" in the zone. */
export function hoursIn(startsAt: Date, endsAt: Date, locale: Locale, timeZone: string): string {
  return `${clock(locale, timeZone).format(startsAt)}–${clock(locale, timeZone).format(endsAt)}`;
}

/** "четверг, 9 апреля 2026 г." in the zone. */
export function dayIn(at: Date, locale: Locale, timeZone: string): string {
  return day(locale, timeZone).format(at);
}

/** The zone's name as people say it ("Москва, стандартное время"), falling back to its IANA name. */
export function zoneName(at: Date, locale: Locale, timeZone: string): string {
  try {
    const parts = intlOnce(
      `conference-zone ${locale} ${timeZone}`,
      () => new Intl.DateTimeFormat(intlTag(locale), { timeZone, timeZoneName: "longGeneric" }),
    ).formatToParts(at);
    return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** Whether two zones read the same clock at that moment (then the visitor needs no second reading). */
export function sameClock(at: Date, a: string, b: string): boolean {
  const f = (z: string) =>
    new Intl.DateTimeFormat("en", { timeZone: z, hour: "numeric", minute: "numeric", day: "numeric" }).format(at);
  return f(a) === f(b);
}
