import { Form } from "@remix-run/react";
import { textLimits } from "~/lib/text-rules";
import { useI18n } from "~/components/i18n";
import { TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";

/** Title, description, speakers and planned duration of an agenda item: for adding (co-chairs) or proposing (members). */
export function AgendaItemForm(props: {
  intent: "add" | "propose" | "update";
  errors?: Record<string, string>;
  submitLabel: string;
  /** When editing: the item and its current text. */
  item?: { id: number; title: string; description: string; speakers: string; durationMinutes: number };
}) {
  const { t } = useI18n();
  const { intent, errors, item } = props;
  const descriptionId = `${intent}-${item?.id ?? "new"}-description`;
  return (
    <Form method="post" noValidate>
      {item && <input type="hidden" name="itemId" value={item.id} />}
      <TextField
        label={t("agenda.itemTitle")}
        name="title"
        maxLength={textLimits.title}
        required
        defaultValue={item?.title}
        error={errors?.title}
      />
      <div className="field">
        <label htmlFor={descriptionId}>{t("agenda.itemDescription")}</label>
        <textarea
          id={descriptionId}
          name="description"
          maxLength={textLimits.longText}
          rows={3}
          defaultValue={item?.description}
          aria-invalid={errors?.description ? true : undefined}
        />
        {errors?.description && <p className="field__error">{errors.description}</p>}
      </div>
      <TextField
        label={t("agenda.speakers")}
        name="speakers"
        maxLength={textLimits.title}
        defaultValue={item?.speakers}
        error={errors?.speakers}
        hint={t("agenda.speakersHint")}
      />
      <TextField
        label={t("agenda.duration")}
        name="durationMinutes"
        type="number"
        min={1}
        max={480}
        defaultValue={item?.durationMinutes ?? 15}
        inputMode="numeric"
        error={errors?.durationMinutes}
      />
      <SubmitButton name="intent" value={intent} pendingLabel={t("form.saving")}>
        {props.submitLabel}
      </SubmitButton>
    </Form>
  );
}
