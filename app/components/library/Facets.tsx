import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { countryName } from "~/lib/countries";
import type { MessageKey } from "~/lib/i18n-core";
import { facetNames, type FacetFilter, type FacetName } from "~/lib/library/facets";

interface Props {
  facets: Record<FacetName, [string, number][]>;
  filter: FacetFilter;
  q: string;
  sort: string;
}

/** The facets as links: each adds (or, when chosen, removes) one filter, keeping the query and the others. */
export function Facets({ facets, filter, q, sort }: Props) {
  const { t, locale } = useI18n();
  const href = (change: FacetFilter) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (q && sort !== "relevance") params.set("sort", sort);
    for (const [k, v] of Object.entries({ ...filter, ...change })) if (v) params.set(k, v);
    return `/library?${params}`;
  };
  const label = (facet: FacetName, value: string) =>
    facet === "kind"
      ? t(`library.kind.${value}` as MessageKey)
      : facet === "status"
        ? t(`library.status.${value}` as MessageKey)
        : facet === "country"
          ? countryName(value, locale)
          : value;
  return (
    <nav aria-label={t("library.facets")} className="library-facets">
      {Object.keys(filter).length > 0 && (
        <p>
          <Link to={href(Object.fromEntries(facetNames.map((f) => [f, undefined])))}>{t("library.facet.reset")}</Link>
        </p>
      )}
      {facetNames
        .filter((f) => facets[f].length > 0)
        .map((f) => (
          <section key={f}>
            <h3>{t(`library.facet.${f}` as MessageKey)}</h3>
            <ul>
              {facets[f].map(([value, n]) => {
                const chosen = filter[f] === value;
                return (
                  <li key={value}>
                    <Link to={href({ [f]: chosen ? undefined : value })} aria-current={chosen ? "true" : undefined}>
                      {chosen ? <strong>{label(f, value)}</strong> : label(f, value)}
                    </Link>{" "}
                    <span className="hint">({n})</span>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
    </nav>
  );
}
