import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SelectField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { textLimits } from "~/lib/text-rules";
import { TextAreaField } from "~/components/ui/Field";

export interface ProposalValues {
  sectionId: string;
  passage: string;
  proposedWording: string;
  justification: string;
}

/** A member's amendment: the section (preselected from «Предложить поправку»), an optional passage, wording, why. */
export function ProposalForm({
  editionId,
  sections,
  values,
  errors,
}: {
  editionId: number;
  sections: { id: number; title: string }[];
  values: Partial<ProposalValues>;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useI18n();
  return (
    <Form method="post" className="card" id="propose" aria-labelledby="propose-title">
      <h2 id="propose-title">{t("amendments.form.title")}</h2>
      <input type="hidden" name="editionId" value={editionId} />
      <SelectField
        label={t("amendments.form.section")}
        name="sectionId"
        defaultValue={values.sectionId}
        error={errors.sectionId}
        required
      >
        {sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t("amendments.form.passage")}
        hint={t("amendments.form.passageHint")}
        name="passage"
        rows={3}
        maxLength={textLimits.longText}
        defaultValue={values.passage}
        error={errors.passage}
      />
      <TextAreaField
        label={t("amendments.form.proposed")}
        name="proposedWording"
        rows={5}
        maxLength={textLimits.longText}
        required
        defaultValue={values.proposedWording}
        error={errors.proposedWording}
      />
      <TextAreaField
        label={t("amendments.form.justification")}
        name="justification"
        rows={4}
        maxLength={textLimits.longText}
        required
        defaultValue={values.justification}
        error={errors.justification}
      />
      <SubmitButton name="intent" value="propose">
        {t("amendments.form.submit")}
      </SubmitButton>
    </Form>
  );
}
