import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { changeEditionStatus } from "../../db/library/edition-status";
import { useI18n } from "~/components/i18n";
import { EditionStatusForms } from "~/components/library/curation/EditionStatusForms";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import type { MessageKey } from "~/lib/i18n-core";
import type { StatusChange } from "~/lib/library/edition-status";
import { normaliseLine } from "~/lib/text-rules";
import { localDateOf } from "~/lib/zoned-time";
import { curation } from "~/web/library-curation.server";
import { failure, idParam, readRequestForm, timeZoneOf, translatorFor } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Статус редакции · Библиотека" }];

function editionOf(loaded: ReturnType<typeof curation>, number: string | undefined) {
  const edition = loaded.editions.find((e) => e.number === idParam(number));
  if (!edition) throw new Response("Not Found", { status: 404 });
  return edition;
}

/** The edition's status forms on their own page: where a refused change is shown, with its message. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const loaded = curation(request, context, params.documentId);
  const edition = editionOf(loaded, params.number);
  return {
    doc: { id: loaded.doc.id, title: loaded.doc.title },
    edition: { number: edition.number, status: edition.status, amendmentsUntil: edition.amendmentsUntil },
    today: localDateOf(new Date(), timeZoneOf(context)),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const loaded = curation(request, context, params.documentId);
  const edition = editionOf(loaded, params.number);
  const t = translatorFor(request, context);
  const form = (await readRequestForm(request, context)).form;
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? normaliseLine(value) : "";
  };
  const values = {
    adoptionReference: field("adoptionReference"),
    adoptedOn: field("adoptedOn"),
    supersededOn: field("supersededOn"),
  };
  // What is asked for is named by the form; the rules decide whether the edition may go there.
  const to = field("to");
  if (to !== "adopted" && to !== "superseded")
    return data({ errors: {}, formError: t("libraryEditions.add.error.status"), values }, { status: 422 });
  const change: StatusChange =
    to === "adopted"
      ? { to, adoptedOn: values.adoptedOn, adoptionReference: values.adoptionReference }
      : { to, supersededOn: values.supersededOn };
  try {
    changeEditionStatus(context.services.db, loaded.user, loaded.doc.id, edition.number, change);
    return redirect(`/library/${loaded.doc.id}#curation`);
  } catch (error) {
    const { body, status } = failure(error, t);
    return data(
      { errors: body.fieldErrors ?? {}, formError: body.formError ?? t("form.fixErrors"), values },
      { status },
    );
  }
}

export default function EditionStatusPage() {
  const { t } = useI18n();
  const { doc, edition, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to={`/library/${doc.id}`}>← {doc.title}</Link>
      </p>
      <PageHeader title={t("libraryCuration.status.title", { n: edition.number })} />
      <p>{t("libraryCuration.status.current", { status: t(`library.status.${edition.status}` as MessageKey) })}</p>
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <EditionStatusForms
        documentId={doc.id}
        edition={edition}
        today={today}
        values={result?.values}
        errors={result?.errors}
      />
    </>
  );
}
