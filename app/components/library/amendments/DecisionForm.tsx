import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { amendmentDecisions } from "~/lib/library/kinds";
import type { MessageKey } from "~/lib/i18n-core";
import { textLimits } from "~/lib/text-rules";
import { TextAreaField } from "~/components/ui/Field";

export interface DecisionValues {
  decision: string;
  acceptedWording: string;
  comment: string;
}

/** The decision on one row of the comparison table: a plain form, so it works without JavaScript. */
export function DecisionForm({
  amendmentId,
  values,
  errors,
}: {
  amendmentId: number;
  values: DecisionValues;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useI18n();
  const legendId = `decision-${amendmentId}`;
  return (
    <Form method="post">
      <input type="hidden" name="amendmentId" value={amendmentId} />
      <fieldset aria-describedby={errors.decision ? `${legendId}-error` : undefined}>
        <legend id={legendId}>{t("amendments.decision.label")}</legend>
        {amendmentDecisions.map((d) => (
          <label key={d} className="field--checkbox">
            <input type="radio" name="decision" value={d} defaultChecked={values.decision === d} />{" "}
            {t(`amendments.decision.${d}` as MessageKey)}
          </label>
        ))}
        {errors.decision && (
          <p className="field__error" id={`${legendId}-error`}>
            {errors.decision}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label={t("amendments.decision.wording")}
        name="acceptedWording"
        rows={3}
        maxLength={textLimits.longText}
        defaultValue={values.acceptedWording}
        error={errors.acceptedWording}
      />
      <TextAreaField
        label={t("amendments.decision.comment")}
        name="comment"
        rows={2}
        maxLength={textLimits.shortText}
        defaultValue={values.comment}
        error={errors.comment}
      />
      <SubmitButton name="intent" value="decide" className="button button--quiet">
        {t("amendments.decision.save")}
      </SubmitButton>
    </Form>
  );
}
