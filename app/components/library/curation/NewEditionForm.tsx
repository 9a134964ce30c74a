import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SelectField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { AdoptionFields, TextSourceFields, type FormValues } from "../DocumentFormParts";

interface Props {
  values: FormValues;
  errors?: Record<string, string>;
}

/** A new edition: its status (and the act and day of an adopted one), its text, its original files. */
export function NewEditionForm({ values: v, errors: e }: Props) {
  const { t } = useI18n();
  const text = (name: string) => (typeof v[name] === "string" ? (v[name] as string) : "");
  return (
    <Form method="post" encType="multipart/form-data" noValidate className="card">
      <SelectField
        label={t("libraryCuration.edition.status")}
        name="status"
        defaultValue={text("status") || "draft"}
        error={e?.status}
      >
        <option value="draft">{t("libraryCuration.edition.status.draft")}</option>
        <option value="adopted">{t("libraryCuration.edition.status.adopted")}</option>
      </SelectField>
      <AdoptionFields
        reference={text("adoptionReference")}
        adoptedOn={text("adoptedOn")}
        referenceHint={t("libraryCuration.edition.referenceHint")}
        errors={e}
      />
      <TextSourceFields values={v} errors={e} />
      <SubmitButton>{t("libraryCuration.edition.submit")}</SubmitButton>
    </Form>
  );
}
