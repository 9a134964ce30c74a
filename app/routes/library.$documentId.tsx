import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { amendmentsLink } from "../../db/library/amendments-read";
import { filesOfEditions } from "../../db/library/editions";
import { mayCurate } from "../../db/library/curation-access";
import { loadLibraryDocument, readerOf } from "../../db/library/read";
import { AmendmentsLink, ProposeLink } from "~/components/library/amendments/AmendmentsLink";
import { useI18n } from "~/components/i18n";
import { DocumentMeta } from "~/components/library/DocumentMeta";
import { CurationPanel } from "~/components/library/curation/CurationPanel";
import { EditionCompareForm } from "~/components/library/EditionCompareForm";
import { EditionFiles } from "~/components/library/EditionFiles";
import { EditionDownloads } from "~/components/library/EditionDownloads";
import { PageHeader } from "~/components/ui/PageHeader";
import { countryName } from "~/lib/countries";
import type { MessageKey } from "~/lib/i18n-core";
import { refusalResponse } from "~/web/access.server";
import { localDateOf } from "~/lib/zoned-time";
import { idParam, timeZoneOf } from "~/web/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.doc.title} · Библиотека` : "Библиотека" },
];

export async function loader({ params, context }: LoaderFunctionArgs) {
  const db = context.services.db;
  try {
    const { doc, editions, current, sections } = loadLibraryDocument(
      db,
      readerOf(db, context.user ?? null),
      idParam(params.documentId),
    );
    const files = filesOfEditions(
      db,
      editions.map((e) => e.id),
    );
    return {
      doc,
      editions,
      current,
      sections,
      files,
      amendments: amendmentsLink(db, context.user ?? null, doc.id),
      // Library curation: new editions, edition status, details, for whoever may add the body's documents.
      curate: mayCurate(db, context.user ?? null, doc) ? { today: localDateOf(new Date(), timeZoneOf(context)) } : null,
    };
  } catch (error) {
    throw refusalResponse(error);
  }
}

export default function LibraryDocumentPage() {
  const { t, locale } = useI18n();
  const { doc, editions, current, sections, files, amendments, curate } = useLoaderData<typeof loader>();
  const title = (s: (typeof sections)[number]) =>
    [s.number, s.heading].filter(Boolean).join(". ") || t("library.doc.preamble");
  return (
    <>
      <p>
        <Link to="/library">← {t("library.doc.back")}</Link>
      </p>
      <PageHeader title={doc.title} />
      <DocumentMeta doc={doc} status={current?.status} />
      <AmendmentsLink docId={doc.id} link={amendments} />
      <EditionDownloads documentId={doc.id} editions={editions} current={current?.number} />
      {(doc.countries.length > 0 || doc.topics.length > 0) && (
        <dl className="library-meta">
          {doc.countries.length > 0 && (
            <>
              <dt>{t("library.doc.countries")}</dt>
              <dd>{doc.countries.map((c) => countryName(c, locale)).join(", ")}</dd>
            </>
          )}
          {doc.topics.length > 0 && (
            <>
              <dt>{t("library.doc.topics")}</dt>
              <dd>{doc.topics.join(", ")}</dd>
            </>
          )}
        </dl>
      )}
      {editions.length > 1 && (
        <section aria-labelledby="editions" className="card">
          <h2 id="editions">{t("library.doc.editions")}</h2>
          <ul>
            {editions.map((e) => (
              <li key={e.id} aria-current={e.id === current?.id ? "true" : undefined}>
                {t("library.doc.editionItem", { n: e.number, status: t(`library.status.${e.status}` as MessageKey) })}
              </li>
            ))}
          </ul>
          <EditionCompareForm
            documentId={doc.id}
            editions={editions}
            from={editions[editions.length - 2]!.number}
            to={editions[editions.length - 1]!.number}
          />
        </section>
      )}
      {curate && <CurationPanel documentId={doc.id} editions={editions} today={curate.today} />}
      <EditionFiles documentId={doc.id} editions={editions} files={files} />
      <nav aria-labelledby="contents" className="card">
        <h2 id="contents">{t("library.doc.contents")}</h2>
        <ol className="library-toc">
          {sections.map((s) => (
            <li key={s.id} style={{ marginInlineStart: `${(s.level - 1) * 1.5}em` }}>
              <a href={`#${s.anchor}`}>{title(s)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <article className="card library-text" lang={doc.language}>
        {current && <p className="hint">{t("library.doc.edition", { n: current.number })}</p>}
        {sections.map((s) => {
          const Heading = s.level <= 1 ? "h2" : "h3";
          return (
            <section key={s.id} id={s.anchor} aria-label={title(s)}>
              {(s.number || s.heading) && <Heading>{title(s)}</Heading>}
              <ProposeLink docId={doc.id} link={amendments} editionId={current?.id} sectionId={s.id} title={title(s)} />
              {s.body.split("\n\n").map((p, i) => (
                <p key={i}>{p}</p>
              ))}
              {s.footnotes.length > 0 && (
                <aside aria-label={t("library.doc.footnotes")}>
                  <ol className="library-footnotes">
                    {s.footnotes.map((f, i) => (
                      <li key={i}>{f}</li>
                    ))}
                  </ol>
                </aside>
              )}
            </section>
          );
        })}
      </article>
    </>
  );
}
