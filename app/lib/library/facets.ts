/** Facets of the library's lists (issue 11): kind, issuer, year, country, topic, status. Pure. */

export const facetNames = ["kind", "issuer", "year", "country", "topic", "status"] as const;
export type FacetName = (typeof facetNames)[number];

export interface Faceted {
  kind: string;
  issuer: string;
  adoptedOn: string | null;
  countries: string[];
  topics: string[];
  status: string;
}

function valuesOf(item: Faceted, facet: FacetName): string[] {
  switch (facet) {
    case "kind":
      return [item.kind];
    case "issuer":
      return item.issuer ? [item.issuer] : [];
    case "year":
      return item.adoptedOn ? [item.adoptedOn.slice(0, 4)] : [];
    case "country":
      return item.countries;
    case "topic":
      return item.topics;
    case "status":
      return [item.status];
  }
}

export type FacetFilter = Partial<Record<FacetName, string>>;

export function filterFromParams(params: URLSearchParams): FacetFilter {
  const filter: FacetFilter = {};
  for (const f of facetNames) {
    const v = params.get(f);
    if (v) filter[f] = v;
  }
  return filter;
}

export function applyFacets<T extends Faceted>(items: T[], filter: FacetFilter): T[] {
  return items.filter((item) =>
    facetNames.every((f) => filter[f] === undefined || valuesOf(item, f).includes(filter[f]!)),
  );
}

/** For each facet, the values among the items with every other facet applied, most frequent first. */
export function facetCounts(items: Faceted[], filter: FacetFilter): Record<FacetName, [string, number][]> {
  const out = {} as Record<FacetName, [string, number][]>;
  for (const f of facetNames) {
    const counts = new Map<string, number>();
    for (const item of applyFacets(items, { ...filter, [f]: undefined })) {
      for (const v of valuesOf(item, f)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[f] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }
  return out;
}
