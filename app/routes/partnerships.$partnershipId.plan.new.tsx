import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { addActionPlanItem } from "../../db/commands/partnerships/plan";
import { partiesOf } from "../../db/queries/partnership-page";
import { useI18n } from "~/components/i18n";
import { SelectField, TextAreaField, TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { PageHeader } from "~/components/ui/PageHeader";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { textLimits } from "~/lib/text-rules";
import { localDateOf } from "~/lib/zoned-time";
import { partnershipFor } from "~/web/access.server";
import { failure, optionalFormId, readForm, requireUser, translatorFor } from "~/web/request.server";

export const meta: MetaFunction = () => [{ title: "План мероприятий · Action plan" }];

/** The parties' officers add an item to the action plan (issue 12). */
export async function loader(args: LoaderFunctionArgs) {
  requireUser(args.request, args.context);
  const { body } = partnershipFor(args, "actionPlan.plan");
  return {
    id: body.id,
    timeZone: body.timezone,
    today: localDateOf(new Date(), body.timezone),
    parties: partiesOf(args.context.services.db, body.id).map((p) => ({ id: p.id, name: p.name })),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args.request, args.context);
  const { body } = partnershipFor(args, "actionPlan.plan");
  const t = translatorFor(args.request, args.context);
  const form = await readForm(args.request, args.context);
  const values = {
    number: String(form.get("number") ?? ""),
    text: String(form.get("text") ?? ""),
    responsibleSideId: String(form.get("responsibleSideId") ?? ""),
    dueOn: String(form.get("dueOn") ?? ""),
  };
  try {
    addActionPlanItem(args.context.services, user, body.id, {
      ...values,
      responsibleSideId: optionalFormId(form, "responsibleSideId"),
    });
  } catch (error) {
    const { body: failed, status } = failure(error, t);
    return data({ ...failed, values }, { status });
  }
  return redirect(`/partnerships/${body.id}?notice=added#partnership-plan`);
}

export default function NewPlanItem() {
  const { t } = useI18n();
  const { id, timeZone, today, parties } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const e = result?.fieldErrors;
  const v = result?.values;
  return (
    <>
      <p>
        <Link to={`/partnerships/${id}`}>{t("partnership.plan.back")}</Link>
      </p>
      <PageHeader title={t("partnership.plan.add")} />
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <Form method="post" noValidate className="card">
        <TextField
          label={t("partnership.plan.number")}
          hint={t("partnership.plan.numberHint")}
          name="number"
          required
          maxLength={20}
          defaultValue={v?.number}
          error={e?.number}
        />
        <TextAreaField
          label={t("partnership.plan.text")}
          name="text"
          required
          rows={3}
          maxLength={textLimits.shortText}
          defaultValue={v?.text}
          error={e?.text}
        />
        <SelectField
          label={t("partnership.plan.party")}
          name="responsibleSideId"
          required
          defaultValue={v?.responsibleSideId ?? ""}
          error={e?.responsibleSideId}
        >
          <option value="">{t("partnership.manage.choose")}</option>
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("partnership.plan.due")}
          hint={t("partnership.plan.dueHint", { zone: timeZone })}
          name="dueOn"
          type="date"
          min={today}
          required
          defaultValue={v?.dueOn}
          error={e?.dueOn}
        />
        <SubmitButton pendingLabel={t("form.saving")}>{t("partnership.plan.submit")}</SubmitButton>
      </Form>
    </>
  );
}
