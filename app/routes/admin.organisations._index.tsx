import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { organisationSchema, saveOrganisation } from "../../db/commands/save-organisation";
import { listOrganisations } from "../../db/queries/organisations";
import { useI18n } from "~/components/i18n";
import { OrganisationForm } from "~/components/OrganisationForm";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { countryName } from "~/lib/countries";
import { parseForm } from "~/lib/forms";
import { failure, requireCan, translateFieldErrors, translatorFor, readForm } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Организации · Organisations" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireCan(request, context, "organisations.manage");
  return { organisations: listOrganisations(context.services.db) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = requireCan(request, context, "organisations.manage");
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  const parsed = parseForm(organisationSchema, form);
  if (!parsed.ok)
    return data(
      { fieldErrors: translateFieldErrors(parsed.fieldErrors, t), formError: undefined, values },
      { status: 422 },
    );
  try {
    saveOrganisation(context.services, actor, parsed.data);
  } catch (error) {
    const { body, status } = failure(error, t);
    return data({ fieldErrors: body.fieldErrors ?? {}, formError: body.formError, values }, { status });
  }
  return redirect("/admin/organisations?notice=created");
}

export default function Organisations() {
  const { t, locale } = useI18n();
  const { organisations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title={t("org.title")} lead={t("org.count", { n: organisations.length })} />
      {params.get("notice") === "created" && <Notice tone="success">{t("org.created")}</Notice>}
      <div className="grid-2 grid-2--wide-first">
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("org.shortName")}</th>
                <th scope="col">{t("org.name")}</th>
                <th scope="col">{t("org.country")}</th>
                <th scope="col">{t("org.kind")}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to={`/admin/organisations/${o.id}`}>{o.shortName}</Link>
                  </td>
                  <td>{o.name}</td>
                  <td>{countryName(o.country, locale)}</td>
                  <td>{t(`org.kind.${o.kind}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {organisations.length === 0 && <p className="empty">{t("org.none")}</p>}
        </div>
        <section className="card" aria-labelledby="new-org">
          <h2 id="new-org">{t("org.new")}</h2>
          {result?.formError && <Notice tone="error">{result.formError}</Notice>}
          <OrganisationForm values={result?.values} errors={result?.fieldErrors} submitLabel={t("org.create")} />
        </section>
      </div>
    </>
  );
}
