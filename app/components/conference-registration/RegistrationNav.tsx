import { NavLink } from "@remix-run/react";
import { useI18n } from "~/components/i18n";

/**
 * The organisers' links to a conference's participants, check-in and statistics (issue 12). Shown on these pages,
 * and meant for the conference's management page as well (one line: `<RegistrationNav conferenceId={id} />`).
 */
export function RegistrationNav({ conferenceId }: { conferenceId: number }) {
  const { t } = useI18n();
  const base = `/conferences/${conferenceId}`;
  return (
    <nav className="registration-nav" aria-label={t("registration.nav.label")}>
      <NavLink to={`${base}/participants`} end>
        {t("registration.nav.participants")}
      </NavLink>
      <NavLink to={`${base}/checkin`}>{t("registration.nav.checkin")}</NavLink>
      <NavLink to={`${base}/participants/statistics`}>{t("registration.nav.statistics")}</NavLink>
    </nav>
  );
}
