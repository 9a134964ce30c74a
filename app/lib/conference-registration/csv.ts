// The participants list and its statistics as CSV files for Excel (../csv.ts), in the organiser's language.
import { countryName } from "../countries";
import { csvDocument, type CsvValue } from "../csv";
import { formatDateTime } from "../format";
import type { Locale, Translate } from "../i18n";
import type { ParticipantKind, RegistrationStatus } from "../conference-kinds";
import type { RegistrationStatistics } from "./statistics";

export interface ExportedRegistration {
  name: string;
  organisation: string;
  organisationKind: ParticipantKind;
  country: string;
  position: string;
  email: string;
  status: RegistrationStatus;
  createdAt: Date;
  checkedInAt: Date | null;
  locale: string;
  /** Erased (withdrawn, or past the retention period): the personal cells are empty, the row says why. */
  erasedAt: Date | null;
}

export function participantsCsv(
  registrations: readonly ExportedRegistration[],
  t: Translate,
  locale: Locale,
  timeZone: string,
): string {
  const header = [
    t("registration.csv.name"),
    t("registration.csv.organisation"),
    t("registration.csv.kind"),
    t("registration.csv.country"),
    t("registration.csv.position"),
    t("registration.csv.email"),
    t("registration.csv.status"),
    t("registration.csv.registeredAt"),
    t("registration.csv.checkedInAt"),
    t("registration.csv.language"),
  ];
  const rows: CsvValue[][] = registrations.map((r) => [
    r.erasedAt ? t("registrant.erased") : r.name,
    r.organisation,
    t(`registration.kind.${r.organisationKind}`),
    countryName(r.country, locale),
    r.position,
    r.email,
    t(`registration.status.${r.status}`),
    formatDateTime(r.createdAt, locale, timeZone),
    r.checkedInAt ? formatDateTime(r.checkedInAt, locale, timeZone) : "",
    r.locale,
  ]);
  return csvDocument([header, ...rows]);
}

/** Both breakdowns in one sheet: a column names the breakdown, so a filter in Excel separates them. */
export function statisticsCsv(stats: RegistrationStatistics, t: Translate, locale: Locale): string {
  const header = [
    t("registration.csv.dimension"),
    t("registration.csv.value"),
    t("registration.stats.col.registered"),
    t("registration.stats.col.confirmed"),
    t("registration.stats.col.came"),
  ];
  const byCountry = stats.byCountry.map((r) => [
    t("registration.stats.byCountry"),
    countryName(r.key, locale),
    r.registered,
    r.confirmed,
    r.came,
  ]);
  const byKind = stats.byKind.map((r) => [
    t("registration.stats.byKind"),
    t(`registration.kind.${r.key}`),
    r.registered,
    r.confirmed,
    r.came,
  ]);
  const total = [t("registration.stats.total"), "", stats.total.registered, stats.total.confirmed, stats.total.came];
  return csvDocument([header, ...byCountry, ...byKind, total]);
}
