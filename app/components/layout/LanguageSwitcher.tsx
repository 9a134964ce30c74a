import { Form, useLocation } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { locales } from "~/lib/i18n-core";

/** Two buttons, one per language; works without JavaScript (a plain form POST to /locale). */
export function LanguageSwitcher() {
  const { t, locale } = useI18n();
  const location = useLocation();
  return (
    <Form method="post" action="/locale" className="lang-switch" aria-label={t("lang.label")}>
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {locales.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          aria-pressed={l === locale}
          lang={l}
          className="lang-switch__option"
        >
          {l === "ru" ? "Русский" : "English"}
        </button>
      ))}
    </Form>
  );
}
