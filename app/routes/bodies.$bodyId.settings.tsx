import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { attachRegulation } from "../../db/commands/attach-regulation";
import { updateBody } from "../../db/commands/update-body";
import { sidesOf } from "../../db/queries/bodies";
import { listOrganisations } from "../../db/queries/organisations";
import { BodyForm } from "~/components/bodies/BodyForm";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { bodyFor } from "~/web/access.server";
import { sideValuesFrom } from "~/components/bodies/side-values";
import { readBodyForm } from "~/web/body-form.server";
import { failure, translatorFor } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "Настройки органа · Body settings" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { body } = bodyFor({ request, context, params }, "body.update");
  const { id: _id, createdAt: _c, createdById: _b, regulationFileId: _r, ...values } = body;
  return {
    values,
    sides: sidesOf(context.services.db, body.id),
    organisations: listOrganisations(context.services.db),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, body } = bodyFor({ request, context, params }, "body.update");
  const t = translatorFor(request, context);
  const read = await readBodyForm(request, context, t);
  if (!read.ok)
    return data(
      { fieldErrors: read.fieldErrors, formError: t("form.fixErrors"), values: read.values },
      { status: read.tooLarge ? 413 : 422 },
    );
  try {
    updateBody(context.services, user, body.id, read.parsed.settings, read.parsed.sides);
    if (read.regulation) attachRegulation(context.services, user, body.id, read.regulation);
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    return data(
      {
        fieldErrors: problem.fieldErrors ?? {},
        formError: problem.formError ?? t("form.fixErrors"),
        values: read.values,
      },
      { status },
    );
  }
  return redirect(`/bodies/${body.id}/settings?notice=saved`);
}

export default function BodySettings() {
  const { t } = useI18n();
  const { values, sides, organisations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const rows = sides.length + 1;
  const sideValues = result?.values ? sideValuesFrom(result.values, rows) : [...sides, {}];
  return (
    <>
      {params.get("notice") === "saved" && <Notice tone="success">{t("body.saved")}</Notice>}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <BodyForm
        values={result?.values ?? values}
        sides={sideValues}
        errors={result?.fieldErrors}
        organisations={organisations}
        submitLabel={t("form.save")}
      />
    </>
  );
}
