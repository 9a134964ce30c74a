import { Form } from "@remix-run/react";
import { textLimits } from "~/lib/text-rules";
import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { countryCodes, countryName } from "~/lib/countries";
import { organisationKinds } from "~/lib/organisation-kinds";

export interface OrganisationValues {
  name?: string;
  shortName?: string;
  country?: string;
  kind?: string;
}

export function OrganisationForm({
  values,
  errors,
  submitLabel,
}: {
  values?: OrganisationValues;
  errors?: Record<string, string>;
  submitLabel: string;
}) {
  const { t, locale } = useI18n();
  return (
    <Form method="post" noValidate>
      <TextField
        label={t("org.name")}
        name="name"
        maxLength={textLimits.name}
        required
        defaultValue={values?.name}
        error={errors?.name}
      />
      <TextField
        label={t("org.shortName")}
        name="shortName"
        maxLength={textLimits.shortName}
        required
        defaultValue={values?.shortName}
        error={errors?.shortName}
      />
      <SelectField
        label={t("org.country")}
        name="country"
        defaultValue={values?.country ?? "RU"}
        error={errors?.country}
      >
        {countryCodes.map((c) => (
          <option key={c} value={c}>
            {countryName(c, locale)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("org.kind")} name="kind" defaultValue={values?.kind ?? "ministry"} error={errors?.kind}>
        {organisationKinds.map((k) => (
          <option key={k} value={k}>
            {t(`org.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingLabel={t("form.saving")}>{submitLabel}</SubmitButton>
    </Form>
  );
}
