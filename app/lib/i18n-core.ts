// Language machinery that the browser needs too: no dictionaries here (they stay on the server).
import type { Messages } from "../locales/ru";
import { intlOnce } from "./intl-once";

export const locales = ["ru", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "ru";
export type MessageKey = keyof Messages;
export type Params = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return value === "ru" || value === "en";
}

/** BCP 47 tag used with Intl for each interface language. */
export function intlTag(locale: Locale): string {
  return locale === "ru" ? "ru-RU" : "en-GB";
}

// Plural forms are written in the message as {name:one|few|many} (Russian) or {name:one|other} (English).
const pluralOrder: Record<Locale, Intl.LDMLPluralRule[]> = { ru: ["one", "few", "many"], en: ["one", "other"] };

export function format(locale: Locale, template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)(?::([^}]*))?\}/g, (whole, name: string, forms?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (forms === undefined) return String(value);
    const options = forms.split("|");
    const category = intlOnce(`plural ${locale}`, () => new Intl.PluralRules(intlTag(locale))).select(Number(value));
    const index = pluralOrder[locale].indexOf(category);
    return options[index >= 0 ? index : options.length - 1] ?? "";
  });
}

/** Profile first, then the switcher's cookie, then the browser's Accept-Language; Russian otherwise. */
export function pickLocale(input: {
  profile?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(input.profile)) return input.profile;
  if (isLocale(input.cookie)) return input.cookie;
  const ranked = (input.acceptLanguage ?? "")
    .split(",")
    .map((part, order) => {
      const [tag, ...rest] = part.trim().split(";");
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith("q="));
      return { lang: (tag ?? "").toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((r) => r.lang && !Number.isNaN(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const r of ranked) if (isLocale(r.lang)) return r.lang;
  return defaultLocale;
}
