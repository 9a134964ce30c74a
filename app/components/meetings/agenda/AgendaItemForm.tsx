import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";

/** Title, description, speakers and planned duration of an agenda item: for adding (co-chairs) or proposing (members). */
export function AgendaItemForm({ intent, errors, submitLabel }: { intent: "add" | "propose"; errors?: Record<string, string>; submitLabel: string }) {
  const { t } = useI18n();
  return (
    <Form method="post" noValidate>
      <TextField label={t("agenda.itemTitle")} name="title" required error={errors?.title} />
      <div className="field">
        <label htmlFor={`${intent}-description`}>{t("agenda.itemDescription")}</label>
        <textarea id={`${intent}-description`} name="description" rows={3} aria-invalid={errors?.description ? true : undefined} />
        {errors?.description && <p className="field__error">{errors.description}</p>}
      </div>
      <TextField label={t("agenda.speakers")} name="speakers" error={errors?.speakers} hint={t("agenda.speakersHint")} />
      <TextField label={t("agenda.duration")} name="durationMinutes" type="number" min={1} max={480} defaultValue={15} inputMode="numeric" error={errors?.durationMinutes} />
      <SubmitButton name="intent" value={intent} pendingLabel={t("form.saving")}>{submitLabel}</SubmitButton>
    </Form>
  );
}
