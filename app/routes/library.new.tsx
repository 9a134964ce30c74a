import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { addLibraryDocument, bodiesToAddTo } from "../../db/library/add";
import { useI18n } from "~/components/i18n";
import { AddDocumentForm, type AddDocumentValues } from "~/components/library/AddDocumentForm";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { parseDocumentForm } from "~/lib/library/document-input";
import { libraryKinds } from "~/lib/library/kinds";
import { readAnyForm, uploadedFile } from "~/web/uploads.server";
import { failure, requireUser, translateFieldErrors, translatorFor } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Новый документ · Библиотека" }];

/** The signed-in user and the bodies they may add to; 403 for someone who may add to none. */
function adder(request: Request, context: LoaderFunctionArgs["context"]) {
  const user = requireUser(request, context);
  const bodies = bodiesToAddTo(context.services.db, user);
  if (bodies.length === 0 && !user.isAdmin) throw new Response("Forbidden", { status: 403 });
  return { user, bodies };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, bodies } = adder(request, context);
  return { bodies, mayOmitBody: user.isAdmin, preset: presetOf(new URL(request.url).searchParams, bodies) };
}

/**
 * `?body=<id>&kind=<kind>` opens the form with them chosen (a partnership's page adds its agreement this way). Only a
 * body on the user's own list and a known kind are taken; anything else is ignored, so the URL reveals nothing.
 */
function presetOf(params: URLSearchParams, bodies: readonly { id: number }[]): AddDocumentValues {
  const preset: AddDocumentValues = {};
  const body = params.get("body");
  if (body && bodies.some((b) => String(b.id) === body)) preset.bodyId = body;
  const kind = params.get("kind");
  if (kind && (libraryKinds as readonly string[]).includes(kind)) preset.kind = kind;
  return preset;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, bodies } = adder(request, context);
  const t = translatorFor(request, context);
  const read = await readAnyForm(request, context);
  if (read.tooLarge)
    return data({ errors: { file: t("file.tooLarge") }, formError: t("form.fixErrors"), values: {} }, { status: 413 });
  const form = read.form;
  const values: AddDocumentValues = {};
  for (const [k, v] of form.entries())
    if (typeof v === "string") values[k] = k === "countries" ? [...((values[k] as string[]) ?? []), v] : v;
  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const textFile = await uploadedFile(form, "file");
  const parsed = parseDocumentForm(str, (name) => form.getAll(name).filter((v) => typeof v === "string"), !!textFile);
  if (!parsed.ok)
    return data(
      {
        errors: translateFieldErrors(parsed.errors as Record<string, string>, t),
        formError: t("form.fixErrors"),
        values,
      },
      { status: 422 },
    );
  // A body the user may not add to is not on the form's list: the same answer whether it exists or not.
  if (parsed.fields.bodyId !== null && !bodies.some((b) => b.id === parsed.fields.bodyId))
    return data(
      { errors: { bodyId: t("libraryEditions.add.error.body") }, formError: t("form.fixErrors"), values },
      { status: 422 },
    );
  const originals = [];
  for (const value of form.getAll("originals"))
    if (typeof value !== "string" && value.size > 0)
      originals.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
  try {
    const id = await addLibraryDocument(context.services, user, parsed.fields, { text: textFile, originals });
    return redirect(`/library/${id}`);
  } catch (error) {
    const { body, status } = failure(error, t);
    return data(
      { errors: body.fieldErrors ?? {}, formError: body.formError ?? t("form.fixErrors"), values },
      { status },
    );
  }
}

/** Secretaries and co-chairs add their body's documents; administrators any (issue 11). */
export default function NewLibraryDocument() {
  const { t } = useI18n();
  const { bodies, mayOmitBody, preset } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to="/library">← {t("library.doc.back")}</Link>
      </p>
      <PageHeader title={t("libraryEditions.add.title")} lead={t("libraryEditions.add.lead")} />
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <AddDocumentForm
        bodies={bodies}
        mayOmitBody={mayOmitBody}
        values={result?.values ?? preset}
        errors={result?.errors}
      />
    </>
  );
}
