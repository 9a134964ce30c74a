import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { addEditionFromBrowser } from "../../db/library/edition-new";
import { useI18n } from "~/components/i18n";
import { NewEditionForm } from "~/components/library/curation/NewEditionForm";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { parseEditionForm } from "~/lib/library/curation-input";
import { curation, formString, formValues, originalUploads } from "~/web/library-curation.server";
import { readAnyForm, uploadedFile } from "~/web/uploads.server";
import { failure, translateFieldErrors, translatorFor } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Новая редакция · Библиотека" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { doc } = curation(request, context, params.documentId);
  return { doc: { id: doc.id, title: doc.title } };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, doc } = curation(request, context, params.documentId);
  const t = translatorFor(request, context);
  const read = await readAnyForm(request, context);
  if (read.tooLarge)
    return data({ errors: { file: t("file.tooLarge") }, formError: t("form.fixErrors"), values: {} }, { status: 413 });
  const values = formValues(read.form);
  const textFile = await uploadedFile(read.form, "file");
  const parsed = parseEditionForm(formString(values), !!textFile);
  if (!parsed.ok)
    return data(
      { errors: translateFieldErrors(parsed.errors, t), formError: t("form.fixErrors"), values },
      { status: 422 },
    );
  try {
    await addEditionFromBrowser(context.services, user, doc.id, parsed.fields, {
      text: textFile,
      originals: await originalUploads(read.form),
    });
    return redirect(`/library/${doc.id}`);
  } catch (error) {
    const { body, status } = failure(error, t);
    return data(
      { errors: body.fieldErrors ?? {}, formError: body.formError ?? t("form.fixErrors"), values },
      { status },
    );
  }
}

/** The body's secretaries and co-chairs add an edition (administrators to a document of no body). */
export default function NewLibraryEdition() {
  const { t } = useI18n();
  const { doc } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to={`/library/${doc.id}`}>← {doc.title}</Link>
      </p>
      <PageHeader title={t("libraryCuration.edition.title")} lead={t("libraryCuration.edition.lead")} />
      <p>{t("libraryCuration.edition.of", { title: doc.title })}</p>
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <NewEditionForm values={result?.values ?? {}} errors={result?.errors} />
    </>
  );
}
