// The countries of the CIS space and its partners, by ISO 3166-1 alpha-2 code; names come from Intl.
import { intlTag, type Locale } from "./i18n-core";
import { intlOnce } from "./intl-once";

export const countryCodes = ["RU", "KZ", "BY", "KG", "AM", "AZ", "TJ", "UZ", "TM", "MD", "GE", "MN", "CN"] as const;
export type CountryCode = (typeof countryCodes)[number];

export function countryName(code: string, locale: Locale): string {
  try {
    const names = intlOnce(`region ${locale}`, () => new Intl.DisplayNames([intlTag(locale)], { type: "region" }));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
