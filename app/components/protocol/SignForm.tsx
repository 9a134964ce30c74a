import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { FinalHash } from "./FinalText";

export interface SignResult {
  fieldErrors?: Record<string, string>;
  formError?: string;
}

/**
 * The signatory confirms the text they read (its hash travels with the form: a text changed meanwhile is refused)
 * with their password (R11).
 */
export function SignForm(props: { sha256: string; capacity: string; side: string; result?: SignResult }) {
  const { t } = useI18n();
  const { sha256, capacity, side, result } = props;
  return (
    <section className="card" aria-labelledby="sign-form-title">
      <h3 id="sign-form-title">{t("signing.page.submit")}</h3>
      <p>{t("signing.page.intro")}</p>
      <p>{t("signing.page.as", { capacity, side })}</p>
      <FinalHash sha256={sha256} />
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <Form method="post" noValidate>
        <input type="hidden" name="sha256" value={sha256} />
        <TextField
          label={t("signing.page.password")}
          hint={t("signing.page.passwordHint")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={result?.fieldErrors?.password}
        />
        <SubmitButton pendingLabel={t("signing.page.submitting")}>{t("signing.page.submit")}</SubmitButton>
      </Form>
    </section>
  );
}
