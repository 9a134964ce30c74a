import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { formatLocalDate } from "~/lib/format";
import type { MessageKey } from "~/lib/i18n-core";

interface Props {
  documents: { id: number; title: string; kind: string; adoptedOn: string | null }[];
}

/**
 * The home page of a partner, who sits in no body (issue 11): they come for the library, so it leads there,
 * with the latest documents they may read.
 */
export function PartnerLibrary({ documents }: Props) {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="library">
      <h2 id="library">{t("library.new")}</h2>
      <p>{t("home.partner.lead")}</p>
      {documents.length === 0 ? (
        <p className="empty">{t("library.noDocuments")}</p>
      ) : (
        <ul>
          {documents.map((d) => (
            <li key={d.id}>
              <Link to={`/library/${d.id}`}>{d.title}</Link>
              <span className="muted">
                {" · "}
                {[t(`library.kind.${d.kind}` as MessageKey), d.adoptedOn ? formatLocalDate(d.adoptedOn, locale) : ""]
                  .filter(Boolean)
                  .join(", ")}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="actions">
        <Link className="button" to="/library">
          {t("home.partner.go")}
        </Link>
      </p>
    </section>
  );
}
