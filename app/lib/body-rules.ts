// Rules for setting up a body, from the regulation of the RU–KZ working group and its siblings.
import { intlOnce } from "./intl-once";
import type { QuorumRuleKind } from "./quorum-rule-kinds";

export const MAX_SIDES = 6;
export const DEFAULT_MATERIALS_DEADLINE_DAYS = 10; // R7 (3.9)

/** R9 (3.7): with sides, the default is "at least half of the members of every side"; without, a simple majority. */
export function defaultQuorumRule(sideCount: number): QuorumRuleKind {
  return sideCount >= 2 ? "each_side_half" : "overall_majority";
}

/** Working languages of sides, by ISO 639-1 code: the languages of the CIS states, and English. */
export const workingLanguages = [
  "ru",
  "kk",
  "be",
  "ky",
  "hy",
  "az",
  "tg",
  "uz",
  "tk",
  "ro",
  "ka",
  "mn",
  "zh",
  "en",
] as const;
export type WorkingLanguage = (typeof workingLanguages)[number];

export function languageName(code: string, locale: "ru" | "en"): string {
  try {
    const names = intlOnce(
      `language ${locale}`,
      () => new Intl.DisplayNames([locale === "ru" ? "ru-RU" : "en-GB"], { type: "language" }),
    );
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A body's title in the reader's language, Russian when it has no English one. */
export function bodyTitle(body: { titleRu: string; titleEn: string | null }, locale: "ru" | "en"): string {
  return locale === "en" && body.titleEn ? body.titleEn : body.titleRu;
}
