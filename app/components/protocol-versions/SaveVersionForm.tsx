import { Form } from "@remix-run/react";
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { textLimits } from "~/lib/text-rules";

export interface SaveVersionResult {
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: { name?: string };
}

/** Those who edit the protocol save its text under a name ("направлено сторонам 12.03"). */
export function SaveVersionForm({ result }: { result?: SaveVersionResult }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("protocolDraft.versions.save")}</h3>
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <Form method="post" noValidate>
        <TextField
          label={t("protocolDraft.versions.name")}
          hint={t("protocolDraft.versions.nameHint")}
          name="name"
          required
          maxLength={textLimits.name}
          defaultValue={result?.values?.name ?? ""}
          error={result?.fieldErrors?.name}
        />
        <SubmitButton pendingLabel={t("form.saving")}>{t("protocolDraft.versions.save")}</SubmitButton>
      </Form>
    </section>
  );
}
