import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { retentionDaysLimits } from "~/lib/conference-registration/personal-data";

/** The organisers' setting «срок хранения персональных данных» (decision 0027), with the day it leads to. */
export function RetentionCard(props: { days: string; erasedOn: string; error?: string }) {
  const { t } = useI18n();
  return (
    <Form method="post" noValidate className="card" aria-labelledby="retention">
      <h2 id="retention">{t("registrant.retention.title")}</h2>
      <input type="hidden" name="intent" value="retention" />
      <TextField
        label={t("registrant.retention.days")}
        hint={t("registrant.retention.hint")}
        name="retentionDays"
        inputMode="numeric"
        min={retentionDaysLimits.min}
        max={retentionDaysLimits.max}
        defaultValue={props.days}
        error={props.error}
      />
      <p className="muted">{t("registrant.retention.erasedOn", { date: props.erasedOn })}</p>
      <SubmitButton pendingLabel={t("form.saving")}>{t("form.save")}</SubmitButton>
    </Form>
  );
}
