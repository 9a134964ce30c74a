import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { currentStatuses, readerOf, visibleDocuments } from "../../db/library/read";
import { hitSnippet, searchLibrary } from "../../db/library/search";
import { useI18n } from "~/components/i18n";
import { Facets } from "~/components/library/Facets";
import { DocumentMeta } from "~/components/library/DocumentMeta";
import { PageHeader } from "~/components/ui/PageHeader";
import { applyFacets, facetCounts, filterFromParams } from "~/lib/library/facets";
import type { SnippetPiece } from "~/lib/library/snippet";
import { can } from "~/lib/policy";

export const meta: MetaFunction = () => [{ title: "Библиотека лучших практик · Best-practice library" }];

const PAGE = 20;
const MAX_QUERY = 200;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const db = context.services.db;
  const reader = readerOf(db, context.user ?? null);
  const params = new URL(request.url).searchParams;
  const q = (params.get("q") ?? "").slice(0, MAX_QUERY).trim();
  const sort = params.get("sort") === "date" ? "date" : "relevance";
  const filter = filterFromParams(params);
  const found = q ? searchLibrary(db, reader, q) : null;
  const docs = found ? found.hits.map((h) => h.doc) : visibleDocuments(db, reader);
  const statuses = currentStatuses(
    db,
    docs.map((d) => d.id),
  );
  const items = docs.map((doc) => ({ ...doc, status: statuses.get(doc.id) ?? "draft" }));
  const facets = facetCounts(items, filter);
  const shown = new Set(applyFacets(items, filter).map((d) => d.id));
  type Result = {
    doc: (typeof items)[number];
    anchor: string | null;
    section: string;
    snippet: SnippetPiece[];
    more: number;
  };
  let results: Result[] = found
    ? found.hits
        .filter((h) => shown.has(h.doc.id))
        .map((h) => ({
          doc: items.find((d) => d.id === h.doc.id)!,
          anchor: h.best.anchor,
          section: [h.best.number, h.best.heading].filter(Boolean).join(". "),
          snippet: [] as SnippetPiece[],
          more: h.sections,
          hit: h,
        }))
    : items.filter((d) => shown.has(d.id)).map((doc) => ({ doc, anchor: null, section: "", snippet: [], more: 0 }));
  if (sort === "date")
    results = [...results].sort((a, b) => (b.doc.adoptedOn ?? "").localeCompare(a.doc.adoptedOn ?? ""));
  const total = results.length;
  // Snippets for the page shown only (STACK.md §27).
  const page = results.slice(0, PAGE).map((r) => {
    const { hit, ...rest } = r as Result & { hit?: Parameters<typeof hitSnippet>[1] };
    return hit && found ? { ...rest, snippet: hitSnippet(db, hit, found.query) } : rest;
  });
  const mayAdd = [...reader.seats].some(([bodyId, seats]) => can(reader.actor, "library.add", { bodyId, seats }));
  return {
    q,
    sort,
    filter,
    facets,
    total,
    results: page,
    signedIn: Boolean(context.user),
    mayAdd: mayAdd || !!context.user?.isAdmin,
  };
}

export default function Library() {
  const { t } = useI18n();
  const { q, sort, filter, facets, total, results, signedIn, mayAdd } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={t("library.title")}
        lead={t("library.lead")}
        actions={
          mayAdd && (
            <Link className="button" to="/library/new">
              {t("libraryEditions.add.link")}
            </Link>
          )
        }
      />
      <Form method="get" role="search" className="card library-search">
        <label htmlFor="library-q">{t("library.search.label")}</label>
        <div className="actions">
          <input
            id="library-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            placeholder={t("library.search.placeholder")}
            aria-describedby="library-q-hint"
          />
          <button type="submit" className="button">
            {t("library.search.submit")}
          </button>
        </div>
        <p id="library-q-hint" className="hint">
          {t("library.search.hint")}
        </p>
        {q && (
          <p>
            <label htmlFor="library-sort">{t("library.sort.label")}</label>{" "}
            <select id="library-sort" name="sort" defaultValue={sort}>
              <option value="relevance">{t("library.sort.relevance")}</option>
              <option value="date">{t("library.sort.date")}</option>
            </select>
          </p>
        )}
        {Object.entries(filter).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
      </Form>
      {!signedIn && (
        <p className="hint">
          {t("library.signIn")} <Link to="/login?redirectTo=%2Flibrary">{t("login.title")}</Link>
        </p>
      )}
      <div className="library-layout">
        <Facets facets={facets} filter={filter} q={q} sort={sort} />
        <section aria-labelledby="library-results" className="library-results">
          <h2 id="library-results">
            {q ? t("library.search.results", { n: total }) : total > 0 ? t("library.new") : t("library.all", { n: 0 })}
          </h2>
          {total === 0 && <p className="empty">{q ? t("library.search.none") : t("library.noDocuments")}</p>}
          <ol className="library-list">
            {results.map((r) => (
              <li key={r.doc.id} className="card">
                <h3>
                  <Link to={`/library/${r.doc.id}${r.anchor ? `#${r.anchor}` : ""}`}>{r.doc.title}</Link>
                </h3>
                <DocumentMeta doc={r.doc} />
                {r.section && (
                  <p className="library-hit__section">
                    {t("library.search.section")}: {r.section}
                    {r.more > 1 && <> · {t("library.search.moreSections", { n: r.more })}</>}
                  </p>
                )}
                {r.snippet.length > 0 && (
                  <p className="library-hit__snippet">
                    {r.snippet.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}
