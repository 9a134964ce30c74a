import { en } from "../locales/en";
import { ru, type Messages } from "../locales/ru";
import { format, type Locale, type MessageKey, type Params } from "./i18n-core";

export * from "./i18n-core";

const dictionaries: Record<Locale, Messages> = { ru, en };

export function messagesFor(locale: Locale): Messages {
  return dictionaries[locale];
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return format(locale, dictionaries[locale][key] ?? ru[key] ?? key, params);
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
