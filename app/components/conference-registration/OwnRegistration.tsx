import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { participantKinds, type ParticipantKind, type RegistrationStatus } from "~/lib/conference-kinds";
import { countryCodes, countryName } from "~/lib/countries";
import { textLimits } from "~/lib/text-rules";

export interface OwnRegistrationView {
  name: string;
  email: string;
  organisation: string;
  organisationKind: ParticipantKind;
  country: string;
  position: string;
  status: RegistrationStatus;
}
export type CorrectionValues = Partial<Record<"organisation" | "organisationKind" | "country" | "position", string>>;

/** The registrant's correction form: what they may change themselves (not the name's owner's address). */
export function CorrectionForm(props: {
  registration: OwnRegistrationView;
  values?: CorrectionValues;
  errors: Record<string, string | undefined>;
}) {
  const { t, locale } = useI18n();
  const r = props.registration;
  const v = props.values ?? {};
  const countries = [...countryCodes].sort((a, b) =>
    countryName(a, locale).localeCompare(countryName(b, locale), locale),
  );
  return (
    <Form method="post" noValidate className="registration-form">
      <input type="hidden" name="intent" value="correct" />
      <TextField
        label={t("registration.field.organisation")}
        name="organisation"
        autoComplete="organization"
        maxLength={textLimits.name}
        required
        defaultValue={v.organisation ?? r.organisation}
        error={props.errors.organisation}
      />
      <SelectField
        label={t("registration.field.kind")}
        name="organisationKind"
        required
        defaultValue={v.organisationKind ?? r.organisationKind}
        error={props.errors.organisationKind}
      >
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
        defaultValue={v.country ?? r.country}
        error={props.errors.country}
      >
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
        defaultValue={v.position ?? r.position}
        error={props.errors.position}
      />
      <SubmitButton pendingLabel={t("form.saving")}>{t("registrant.correct.submit")}</SubmitButton>
    </Form>
  );
}

/** Withdrawal, said plainly before the button: it erases, and cannot be undone. */
export function WithdrawForm() {
  const { t } = useI18n();
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="withdraw" />
      <p>{t("registrant.withdraw.body")}</p>
      <SubmitButton className="button button--danger" pendingLabel={t("form.saving")}>
        {t("registrant.withdraw.submit")}
      </SubmitButton>
    </Form>
  );
}
