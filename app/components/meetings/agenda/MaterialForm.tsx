import { Form } from "@remix-run/react";
import { textLimits } from "~/lib/text-rules";
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";

/** Attach a file or a text to an item; behind a disclosure so the agenda stays readable. */
export function MaterialForm({
  itemId,
  itemTitle,
  errors,
  late,
}: {
  itemId: number;
  itemTitle: string;
  errors?: Record<string, string>;
  late: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <details className="material-form" open={errors ? true : undefined}>
      <summary>{t("material.add")}</summary>
      <Form
        method="post"
        encType="multipart/form-data"
        noValidate
        aria-label={t("material.formFor", { title: itemTitle })}
      >
        <input type="hidden" name="itemId" value={itemId} />
        {late && <p className="notice notice--warning">{t("material.willBeLate")}</p>}
        <TextField
          label={t("material.title")}
          name="title"
          maxLength={textLimits.title}
          error={errors?.title}
          hint={t("material.titleHint")}
        />
        <div className="field">
          <label htmlFor={`${id}-file`}>{t("material.file")}</label>
          <p className="field__hint" id={`${id}-hint`}>
            {t("material.fileHint")}
          </p>
          <input
            id={`${id}-file`}
            type="file"
            name="file"
            accept=".pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.gif,.webp,.txt"
            aria-describedby={`${id}-hint${errors?.file ? ` ${id}-file-error` : ""}`}
            aria-invalid={errors?.file ? true : undefined}
          />
          {errors?.file && (
            <p className="field__error" id={`${id}-file-error`}>
              {errors.file}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t("material.text")}</label>
          <textarea
            id={`${id}-text`}
            name="text"
            maxLength={textLimits.longText}
            rows={4}
            aria-invalid={errors?.text ? true : undefined}
          />
          {errors?.text && <p className="field__error">{errors.text}</p>}
        </div>
        {errors?.itemId && <p className="field__error">{errors.itemId}</p>}
        <SubmitButton name="intent" value="material" pendingLabel={t("form.sending")}>
          {t("material.submit")}
        </SubmitButton>
      </Form>
    </details>
  );
}
