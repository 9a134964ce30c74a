import { createContext, useContext, useMemo, type ReactNode } from "react";
import { formatDate, formatDateTime } from "~/lib/format";
import { format, type Locale, type MessageKey, type Params } from "~/lib/i18n-core";
import type { Messages } from "~/locales/ru";

interface I18n {
  locale: Locale;
  timeZone: string;
  t: (key: MessageKey, params?: Params) => string;
  dateTime: (value: Date | number | string) => string;
  date: (value: Date | number | string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: {
  locale: Locale;
  timeZone: string;
  messages: Partial<Messages>;
  children: ReactNode;
}) {
  const { locale, timeZone, messages } = props;
  const value = useMemo<I18n>(
    () => ({
      locale,
      timeZone,
      t: (key, params) => format(locale, messages[key] ?? key, params),
      dateTime: (v) => formatDateTime(new Date(v), locale, timeZone),
      date: (v) => formatDate(new Date(v), locale, timeZone),
    }),
    [locale, timeZone, messages],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
