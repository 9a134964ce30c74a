import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { organisationSchema, saveOrganisation } from "../../db/commands/save-organisation";
import { findOrganisation } from "../../db/queries/organisations";
import { useI18n } from "~/components/i18n";
import { OrganisationForm } from "~/components/OrganisationForm";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { parseForm } from "~/lib/forms";
import { failure, idParam, requireCan, translateFieldErrors, translatorFor, readForm } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Организация · Organisation" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requireCan(request, context, "organisations.manage");
  const organisation = findOrganisation(context.services.db, idParam(params.id));
  if (!organisation) throw new Response("Not Found", { status: 404 });
  return { organisation };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = requireCan(request, context, "organisations.manage");
  const t = translatorFor(request, context);
  const id = idParam(params.id);
  const form = await readForm(request, context);
  const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const parsed = parseForm(organisationSchema, form);
  if (!parsed.ok)
    return data(
      { fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: undefined, values },
      { status: 422 },
    );
  try {
    saveOrganisation(context.services, actor, parsed.data, id);
  } catch (error) {
    const { body, status } = failure(error, t);
    return data({ fieldErrors: body.fieldErrors ?? {}, formError: body.formError, values }, { status });
  }
  return redirect(`/admin/organisations/${id}?notice=saved`);
}

export default function OrganisationPage() {
  const { t } = useI18n();
  const { organisation } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <>
      <p>
        <Link to="/admin/organisations">← {t("org.title")}</Link>
      </p>
      <PageHeader title={organisation.shortName} lead={organisation.name} />
      {params.get("notice") === "saved" && <Notice tone="success">{t("org.saved")}</Notice>}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <section className="card narrow-left">
        <OrganisationForm
          values={result?.values ?? organisation}
          errors={result?.fieldErrors}
          submitLabel={t("form.save")}
        />
      </section>
    </>
  );
}
