import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { AdoptionFields } from "../DocumentFormParts";

interface Props {
  documentId: number;
  edition: { number: number; status: string; amendmentsUntil: Date | string | null };
  /** The default day a superseded edition loses force: today. */
  today: string;
  values?: Record<string, string>;
  errors?: Record<string, string>;
}

/**
 * What may happen to an edition's status, as forms posting to `/library/<id>/editions/<n>/status`: a draft is
 * adopted with its act and day, an adopted edition is marked superseded; a superseded one stays so.
 */
export function EditionStatusForms({ documentId, edition, today, values: v = {}, errors: e }: Props) {
  const { t } = useI18n();
  const action = `/library/${documentId}/editions/${edition.number}/status`;
  if (edition.status === "draft")
    return (
      <Form method="post" action={action} noValidate className="edition-status">
        <fieldset>
          <legend>{t("libraryCuration.status.adoptLegend", { n: edition.number })}</legend>
          {edition.amendmentsUntil && <p className="field__hint">{t("libraryCuration.status.amendmentsHint")}</p>}
          <input type="hidden" name="to" value="adopted" />
          <AdoptionFields
            reference={v.adoptionReference ?? ""}
            adoptedOn={v.adoptedOn ?? today}
            referenceHint={t("libraryCuration.edition.referenceHint")}
            errors={e}
          />
          <SubmitButton>{t("libraryCuration.status.adopt")}</SubmitButton>
        </fieldset>
      </Form>
    );
  if (edition.status === "adopted")
    return (
      <Form method="post" action={action} noValidate className="edition-status">
        <fieldset>
          <legend>{t("libraryCuration.status.supersedeLegend", { n: edition.number })}</legend>
          <input type="hidden" name="to" value="superseded" />
          <TextField
            label={t("libraryCuration.status.supersededOn")}
            name="supersededOn"
            type="date"
            defaultValue={v.supersededOn ?? today}
            error={e?.supersededOn}
          />
          <SubmitButton>{t("libraryCuration.status.supersede")}</SubmitButton>
        </fieldset>
      </Form>
    );
  return <p className="hint">{t("libraryCuration.status.none")}</p>;
}
