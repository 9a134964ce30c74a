import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { editionsToCompare } from "../../db/library/editions";
import { readerOf } from "../../db/library/read";
import { useI18n } from "~/components/i18n";
import { EditionComparison } from "~/components/library/EditionComparison";
import { EditionCompareForm } from "~/components/library/EditionCompareForm";
import { PageHeader } from "~/components/ui/PageHeader";
import { compareEditions, comparisonSummary } from "~/lib/library/compare";
import { refusalResponse } from "~/web/access.server";
import { idParam, translatorFor } from "~/web/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** An edition number from the query, or null when absent; anything else is no edition (404). */
function editionParam(value: string | null): number | null {
  if (value === null || value === "") return null;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new Response("Not Found", { status: 404 });
  return Number(value);
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const db = context.services.db;
  const url = new URL(request.url);
  try {
    const { doc, editions, from, to } = editionsToCompare(
      db,
      readerOf(db, context.user ?? null),
      idParam(params.documentId),
      editionParam(url.searchParams.get("from")),
      editionParam(url.searchParams.get("to")),
    );
    const diff = compareEditions(from.sections, to.sections);
    const t = translatorFor(request, context);
    return {
      title: t("libraryEditions.compare.metaTitle", {
        title: doc.title,
        from: from.edition.number,
        to: to.edition.number,
      }),
      doc: { id: doc.id, title: doc.title, language: doc.language },
      editions: editions.map((e) => ({ number: e.number, status: e.status })),
      from: from.edition.number,
      to: to.edition.number,
      diff,
      summary: comparisonSummary(diff),
    };
  } catch (error) {
    throw refusalResponse(error);
  }
}

/** Two editions of a library document, section by section, the changes marked with <ins> and <del>. */
export default function CompareEditions() {
  const { t } = useI18n();
  const { doc, editions, from, to, diff, summary } = useLoaderData<typeof loader>();
  const unchanged = summary.added + summary.removed + summary.changed === 0;
  return (
    <>
      <p>
        <Link to={`/library/${doc.id}`}>← {doc.title}</Link>
      </p>
      <PageHeader title={t("libraryEditions.compare.title", { from, to })} lead={doc.title} />
      <EditionCompareForm documentId={doc.id} editions={editions} from={from} to={to} />
      <p role="status">
        {unchanged ? t("libraryEditions.compare.same") : t("libraryEditions.compare.summary", summary)}
      </p>
      {!unchanged && <p className="muted">{t("libraryEditions.compare.legend")}</p>}
      <EditionComparison diff={diff} language={doc.language} />
    </>
  );
}
