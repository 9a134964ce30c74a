import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import { participantKinds } from "~/lib/conference-kinds";
import { countryCodes, countryName } from "~/lib/countries";
import { textLimits } from "~/lib/text-rules";

export type WorkplaceValues = Partial<Record<"organisation" | "organisationKind" | "country" | "position", string>>;

/**
 * Where a registrant works: organisation, its kind, country, position. The registration form asks for them and the
 * registrant's own page corrects them (decision 0027), so both show the same fields with the same rules.
 * `choose` adds an empty first option to the lists (a new registration has no answer yet).
 */
export function WorkplaceFields({
  values,
  errors,
  choose,
}: {
  values: WorkplaceValues;
  errors: Record<string, string | undefined>;
  choose?: boolean;
}) {
  const { t, locale } = useI18n();
  const countries = [...countryCodes].sort((a, b) =>
    countryName(a, locale).localeCompare(countryName(b, locale), locale),
  );
  return (
    <>
      <TextField
        label={t("registration.field.organisation")}
        name="organisation"
        autoComplete="organization"
        maxLength={textLimits.name}
        required
        defaultValue={values.organisation}
        error={errors.organisation}
      />
      <SelectField
        label={t("registration.field.kind")}
        name="organisationKind"
        required
        defaultValue={values.organisationKind ?? ""}
        error={errors.organisationKind}
      >
        {choose && <option value="">{t("registration.field.kindChoose")}</option>}
        {participantKinds.map((k) => (
          <option key={k} value={k}>
            {t(`registration.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("registration.field.country")}
        name="country"
        required
        autoComplete="country"
        defaultValue={values.country ?? ""}
        error={errors.country}
      >
        {choose && <option value="">{t("registration.field.countryChoose")}</option>}
        {countries.map((c) => (
          <option key={c} value={c}>
            {countryName(c, locale)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("registration.field.position")}
        name="position"
        autoComplete="organization-title"
        maxLength={textLimits.name}
        required
        defaultValue={values.position}
        error={errors.position}
      />
    </>
  );
}
