import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { createBody } from "../../db/commands/create-body";
import { listOrganisations } from "../../db/queries/organisations";
import { BodyForm } from "~/components/bodies/BodyForm";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { sideValuesFrom } from "~/components/bodies/side-values";
import { readBodyForm } from "~/web/body-form.server";
import { PartnershipFields } from "~/components/partnerships/PartnershipFields";
import { readPartnershipFields } from "~/web/partnership-form.server";
import { failure, requireCan, translatorFor } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Новый орган · New body" }];

const SIDE_ROWS = 3;

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireCan(request, context, "body.create");
  return { organisations: listOrganisations(context.services.db) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = requireCan(request, context, "body.create");
  const t = translatorFor(request, context);
  const read = await readBodyForm(request, context, t, { withConference: true });
  if (!read.ok)
    return data(
      { fieldErrors: read.fieldErrors, formError: t("form.fixErrors"), values: read.values },
      { status: read.tooLarge ? 413 : 422 },
    );
  // Issue 12: a partnership's start date and term, read only for that kind.
  const partnership = read.parsed.settings.kind === "partnership" ? readPartnershipFields(read.values, t) : null;
  if (partnership && !partnership.ok)
    return data(
      { fieldErrors: partnership.fieldErrors, formError: t("form.fixErrors"), values: read.values },
      { status: 422 },
    );
  try {
    const id = createBody(
      context.services,
      actor,
      read.parsed.settings,
      read.parsed.sides,
      read.regulation,
      new Date(),
      { conference: read.conference, partnership: partnership?.details ?? null },
    );
    return redirect(`/bodies/${id}?notice=created`);
  } catch (error) {
    const { body, status } = failure(error, t);
    return data(
      { fieldErrors: body.fieldErrors ?? {}, formError: body.formError ?? t("form.fixErrors"), values: read.values },
      { status },
    );
  }
}

export default function NewBody() {
  const { t } = useI18n();
  const { organisations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const v = result?.values;
  const sides = v
    ? sideValuesFrom(v, SIDE_ROWS)
    : [
        { name: "Российская Федерация", country: "RU", workingLanguage: "ru", timezone: "Europe/Moscow" },
        { name: "", workingLanguage: "ru" },
        {},
      ];
  return (
    <>
      <p>
        <Link to="/bodies">← {t("bodies.title")}</Link>
      </p>
      <PageHeader title={t("bodies.new")} lead={t("bodies.newLead")} />
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <BodyForm
        values={v ?? {}}
        sides={sides}
        errors={result?.fieldErrors}
        organisations={organisations}
        submitLabel={t("bodies.create")}
        conferenceFields
        partnershipFields={<PartnershipFields values={v ?? {}} errors={result?.fieldErrors} onCreation />}
      />
    </>
  );
}
