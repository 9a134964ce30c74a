import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { formatLocalDate } from "~/lib/format";

export interface PartnershipFactsProps {
  parties: readonly { id: number; name: string; organisation: string | null }[];
  agreement: {
    id: number;
    title: string;
    adoptionReference: string;
    edition: { number: number; status: string; adoptedOn: string | null } | null;
  } | null;
  term: { startsOn: string; termMonths: number | null; endsOn: string | null };
}

/** The parties, the agreement with its current edition, and the term with its end computed. */
export function PartnershipFacts({ parties, agreement, term }: PartnershipFactsProps) {
  const { t, locale } = useI18n();
  const edition = agreement?.edition;
  return (
    <>
      <section className="card" aria-labelledby="partnership-parties">
        <h2 id="partnership-parties">{t("partnership.page.parties")}</h2>
        <ul>
          {parties.map((p) => (
            <li key={p.id}>{p.organisation && p.organisation !== p.name ? `${p.name} (${p.organisation})` : p.name}</li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="partnership-agreement">
        <h2 id="partnership-agreement">{t("partnership.page.agreement")}</h2>
        {agreement ? (
          <>
            <p>
              <Link to={`/library/${agreement.id}`}>{agreement.title}</Link>
              {agreement.adoptionReference && ` — ${agreement.adoptionReference}`}
            </p>
            {edition && (
              <p className="muted">
                {t(edition.status === "draft" ? "partnership.page.editionDraft" : "partnership.page.edition", {
                  number: edition.number,
                })}
                {edition.adoptedOn &&
                  `, ${t("partnership.page.adoptedOn", { date: formatLocalDate(edition.adoptedOn, locale) })}`}
              </p>
            )}
          </>
        ) : (
          <p className="muted">{t("partnership.page.noAgreement")}</p>
        )}
        <h3>{t("partnership.page.term")}</h3>
        <p>
          {t("partnership.page.startsOn", { date: formatLocalDate(term.startsOn, locale) })}{" "}
          {term.endsOn && term.termMonths !== null
            ? t("partnership.page.endsOn", { date: formatLocalDate(term.endsOn, locale), months: term.termMonths })
            : t("partnership.page.indefinite")}
        </p>
      </section>
    </>
  );
}
