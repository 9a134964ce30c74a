import { SelectField, TextField } from "~/components/ui/Field";
import { useI18n } from "~/components/i18n";
import { MAX_TERM_MONTHS } from "~/lib/partnership-term";

export interface PartnershipFieldValues {
  partnershipStartsOn?: string;
  partnershipTerm?: string;
  partnershipTermMonths?: string;
}

/**
 * The agreement's start date and term (issue 12): on the body-creation form (read only when the kind is
 * "partnership") and on the partnership's management page. Field names are prefixed so they never meet the body's.
 */
export function PartnershipFields(props: {
  values: PartnershipFieldValues;
  errors?: Record<string, string>;
  /** On the body-creation form: say that these fields are for a partnership only. */
  onCreation?: boolean;
}) {
  const { t } = useI18n();
  const { values: v, errors: e } = props;
  return (
    <fieldset className="card">
      <legend>{t("partnership.fields.legend")}</legend>
      {props.onCreation && <p className="muted">{t("partnership.fields.onCreationHint")}</p>}
      <TextField
        label={t("partnership.fields.startsOn")}
        name="partnershipStartsOn"
        type="date"
        defaultValue={v.partnershipStartsOn ?? ""}
        error={e?.partnershipStartsOn}
      />
      <SelectField
        label={t("partnership.fields.term")}
        name="partnershipTerm"
        defaultValue={v.partnershipTerm ?? "months"}
        error={e?.partnershipTerm}
      >
        <option value="months">{t("partnership.fields.termMonthsOption")}</option>
        <option value="indefinite">{t("partnership.fields.indefinite")}</option>
      </SelectField>
      <TextField
        label={t("partnership.fields.termMonths")}
        hint={t("partnership.fields.termMonthsHint", { max: MAX_TERM_MONTHS })}
        name="partnershipTermMonths"
        inputMode="numeric"
        defaultValue={v.partnershipTermMonths ?? ""}
        error={e?.partnershipTermMonths}
      />
    </fieldset>
  );
}
