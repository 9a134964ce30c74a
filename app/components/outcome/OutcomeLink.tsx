/** The conference page's line about its outcome document (issue 12): `outcomeLinkOf` in the loader decides it. */
import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";

export function OutcomeLink({
  link,
}: {
  link: { href: string; label: "outcome.publishedLink" | "outcome.link" } | null;
}) {
  const { t } = useI18n();
  if (!link) return null;
  return (
    <p className="conference-outcome-link">
      <Link to={link.href}>{t(link.label)}</Link>
    </p>
  );
}
