import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { CheckboxField, TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { WorkplaceFields } from "./WorkplaceFields";
import { EMAIL_MAX_LENGTH, textLimits } from "~/lib/text-rules";

export type RegistrationValues = Partial<
  Record<"name" | "organisation" | "organisationKind" | "country" | "position" | "email", string>
>;

/** The public registration form: works without JavaScript; the consent states its purpose beside the box. */
export function RegistrationForm({
  consentPurpose,
  retention,
  values,
  errors,
}: {
  consentPurpose: string;
  /** How long the data is kept, said beside the consent (decision 0027). */
  retention: string;
  values: RegistrationValues;
  errors: Record<string, string | undefined>;
}) {
  const { t, locale } = useI18n();
  const line = (name: keyof RegistrationValues, autoComplete: string) => ({
    name,
    autoComplete,
    maxLength: textLimits.name,
    required: true,
    defaultValue: values[name],
    error: errors[name],
  });
  return (
    <Form method="post" noValidate className="registration-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="consentPurpose" value={consentPurpose} />
      <TextField label={t("registration.field.name")} {...line("name", "name")} />
      <WorkplaceFields values={values} errors={errors} choose />
      <TextField
        label={t("registration.field.email")}
        hint={t("registration.field.emailHint")}
        {...line("email", "email")}
        type="email"
        maxLength={EMAIL_MAX_LENGTH}
      />
      <fieldset className={`consent${errors.consent ? " field--invalid" : ""}`}>
        <legend>{t("registration.consent.legend")}</legend>
        <p>{t("registration.consent.purpose", { purpose: consentPurpose })}</p>
        <p>{retention}</p>
        <CheckboxField
          label={t("registration.consent.label")}
          name="consent"
          required
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={errors.consent ? "consent-error" : undefined}
        />
        {errors.consent && (
          <p className="field__error" id="consent-error">
            {errors.consent}
          </p>
        )}
      </fieldset>
      <SubmitButton pendingLabel={t("registration.submitting")}>{t("registration.submit")}</SubmitButton>
    </Form>
  );
}
