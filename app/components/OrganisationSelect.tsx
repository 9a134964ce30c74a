import { useI18n } from "~/components/i18n";
import { SelectField } from "~/components/ui/Field";

export interface OrganisationOption {
  id: number;
  shortName: string;
  name: string;
  country: string;
}

export function OrganisationSelect({
  organisations,
  defaultValue,
  error,
}: {
  organisations: OrganisationOption[];
  defaultValue?: number | null;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <SelectField label={t("field.organisation")} name="organisationId" defaultValue={defaultValue ?? ""} error={error}>
      <option value="">{t("field.organisationNone")}</option>
      {organisations.map((o) => (
        <option key={o.id} value={o.id}>
          {o.shortName} — {o.name} ({o.country})
        </option>
      ))}
    </SelectField>
  );
}
