import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import type { OrganisationOption } from "~/components/OrganisationSelect";
import { languageName, workingLanguages } from "~/lib/body-rules";
import { countryCodes, countryName } from "~/lib/countries";
import { commonTimeZones } from "~/lib/format";

export interface SideValues {
  id?: number | string | null;
  name?: string;
  country?: string | null;
  organisationId?: number | string | null;
  workingLanguage?: string;
  timezone?: string;
}

/** One side's row: fields side{N}Name, side{N}Country … so that the form posts without JavaScript. */
export function SideFields({
  index,
  values,
  errors,
  organisations,
}: {
  index: number;
  values: SideValues;
  errors?: Record<string, string>;
  organisations: OrganisationOption[];
}) {
  const { t, locale } = useI18n();
  const f = (name: string) => `side${index}${name}`;
  return (
    <fieldset className="side-fields">
      <legend>{t("body.sideN", { n: index })}</legend>
      {values.id ? <input type="hidden" name={f("Id")} value={String(values.id)} /> : null}
      <TextField
        label={t("side.name")}
        name={f("Name")}
        defaultValue={values.name ?? ""}
        error={errors?.[f("Name")]}
        hint={index > 1 && !values.id ? t("side.blankIgnored") : undefined}
      />
      <div className="field-row">
        <SelectField
          label={t("side.country")}
          name={f("Country")}
          defaultValue={values.country ?? ""}
          error={errors?.[f("Country")]}
        >
          <option value="">—</option>
          {countryCodes.map((c) => (
            <option key={c} value={c}>
              {countryName(c, locale)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("side.organisation")}
          name={f("OrganisationId")}
          defaultValue={values.organisationId ?? ""}
          error={errors?.[f("OrganisationId")]}
        >
          <option value="">—</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.shortName}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row">
        <SelectField
          label={t("side.language")}
          name={f("WorkingLanguage")}
          defaultValue={values.workingLanguage ?? "ru"}
          error={errors?.[f("WorkingLanguage")]}
        >
          {workingLanguages.map((l) => (
            <option key={l} value={l}>
              {languageName(l, locale)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("side.timezone")}
          name={f("Timezone")}
          defaultValue={values.timezone ?? "Europe/Moscow"}
          error={errors?.[f("Timezone")]}
        >
          {commonTimeZones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}
