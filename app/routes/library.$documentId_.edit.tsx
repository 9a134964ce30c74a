import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { updateDocumentDetails } from "../../db/library/details";
import { useI18n } from "~/components/i18n";
import { DetailsForm } from "~/components/library/curation/DetailsForm";
import type { FormValues } from "~/components/library/DocumentFormParts";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { parseDetailsForm } from "~/lib/library/curation-input";
import { curation, formList, formString, formValues } from "~/web/library-curation.server";
import { failure, readRequestForm, translateFieldErrors, translatorFor } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Сведения о документе · Библиотека" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { doc } = curation(request, context, params.documentId);
  const values: FormValues = {
    title: doc.title,
    issuer: doc.issuer,
    adoptionReference: doc.adoptionReference,
    adoptedOn: doc.adoptedOn ?? "",
    countries: doc.countries,
    topics: doc.topics.join(", "),
    language: doc.language,
    visibility: doc.visibility,
  };
  return { doc: { id: doc.id, title: doc.title, hasBody: doc.bodyId !== null }, values };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, doc } = curation(request, context, params.documentId);
  const t = translatorFor(request, context);
  const values = formValues((await readRequestForm(request, context)).form);
  const parsed = parseDetailsForm(formString(values), formList(values), doc.bodyId !== null);
  if (!parsed.ok)
    return data(
      { errors: translateFieldErrors(parsed.errors, t), formError: t("form.fixErrors"), values },
      { status: 422 },
    );
  try {
    updateDocumentDetails(context.services.db, user, doc.id, parsed.fields);
  } catch (error) {
    const { body, status } = failure(error, t);
    return data(
      { errors: body.fieldErrors ?? {}, formError: body.formError ?? t("form.fixErrors"), values },
      { status },
    );
  }
  return redirect(`/library/${doc.id}`);
}

export default function LibraryDocumentDetails() {
  const { t } = useI18n();
  const { doc, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to={`/library/${doc.id}`}>← {doc.title}</Link>
      </p>
      <PageHeader title={t("libraryCuration.details.title")} lead={t("libraryCuration.details.lead")} />
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <DetailsForm values={result?.values ?? values} errors={result?.errors} hasBody={doc.hasBody} />
    </>
  );
}
