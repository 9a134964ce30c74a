import { describe, expect, it } from "vitest";
import { format, messagesFor, pickLocale, translate } from "~/lib/i18n";
import { en } from "~/locales/en";
import { ru } from "~/locales/ru";

describe("the interface language", () => {
  it("is the profile's choice first, then the switcher's cookie, then the browser's, then Russian", () => {
    expect(pickLocale({ profile: "en", cookie: "ru", acceptLanguage: "ru" })).toBe("en");
    expect(pickLocale({ profile: null, cookie: "en", acceptLanguage: "ru" })).toBe("en");
    expect(pickLocale({ acceptLanguage: "en-US,en;q=0.9,ru;q=0.8" })).toBe("en");
    expect(pickLocale({ acceptLanguage: "kk-KZ,ru;q=0.9,en;q=0.5" })).toBe("ru");
    expect(pickLocale({ acceptLanguage: "de-DE,de;q=0.9" })).toBe("ru");
    expect(pickLocale({ acceptLanguage: "ru;q=0.3,en;q=0.7" })).toBe("en");
    expect(pickLocale({})).toBe("ru");
  });

  it("ignores values that are not one of its languages", () => {
    expect(pickLocale({ profile: "fr", cookie: "xx", acceptLanguage: "" })).toBe("ru");
  });

  it("says numbers with Russian plural forms: 1 минуту, 3 минуты, 5 минут, 21 минуту", () => {
    const t = (n: number) => translate("ru", "login.throttled", { minutes: n });
    expect(t(1)).toContain("через 1 минуту.");
    expect(t(3)).toContain("через 3 минуты.");
    expect(t(5)).toContain("через 5 минут.");
    expect(t(11)).toContain("через 11 минут.");
    expect(t(21)).toContain("через 21 минуту.");
    expect(translate("en", "login.throttled", { minutes: 1 })).toContain("in 1 minute.");
    expect(translate("en", "login.throttled", { minutes: 15 })).toContain("in 15 minutes.");
  });

  it("leaves a placeholder it has no value for visible rather than inventing one", () => {
    expect(format("ru", "Здравствуйте, {name}!")).toBe("Здравствуйте, {name}!");
  });

  it("has every message in both languages, none of them empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    for (const locale of ["ru", "en"] as const) {
      for (const [key, text] of Object.entries(messagesFor(locale)))
        expect(text.trim(), `${locale}:${key}`).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ru) as (keyof typeof ru)[])
      expect(placeholders(en[key]), key).toEqual(placeholders(ru[key]));
  });
});
