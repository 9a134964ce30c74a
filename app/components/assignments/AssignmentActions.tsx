import { Form } from "@remix-run/react";
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { textLimits } from "~/lib/text-rules";

export interface ExecutionResult {
  intent?: string;
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: { text?: string };
}

function TextArea(props: { label: string; name: string; error?: string; required?: boolean; defaultValue?: string }) {
  const id = useId();
  return (
    <div className={`field${props.error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        name={props.name}
        rows={3}
        required={props.required}
        maxLength={textLimits.longText}
        defaultValue={props.defaultValue}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
      />
      {props.error && (
        <p className="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/**
 * The assignee reports and marks it done; a co-chair accepts or returns it. Forms work without JavaScript. Also a
 * partnership's action-plan item (issue 12), reported and accepted the same way, under its own headings.
 */
export function AssignmentActions(props: {
  canReport: boolean;
  canDecide: boolean;
  result?: ExecutionResult;
  headings?: { done: string; decide: string };
}) {
  const { t } = useI18n();
  const id = useId();
  const r = props.result;
  const errorsOf = (intent: string) => (r?.intent === intent ? r.fieldErrors : undefined);
  const valueOf = (intent: string) => (r?.intent === intent ? r.values?.text : undefined);
  return (
    <>
      {r?.formError && <Notice tone="error">{r.formError}</Notice>}
      {props.canReport && (
        <>
          <section className="card" aria-labelledby={`${id}-report`}>
            <h2 id={`${id}-report`}>{t("assignments.report.title")}</h2>
            <Form method="post" encType="multipart/form-data" noValidate>
              <TextArea
                label={t("assignments.report.text")}
                name="text"
                required
                error={errorsOf("report")?.text}
                defaultValue={valueOf("report")}
              />
              <div className={`field${errorsOf("report")?.file ? " field--invalid" : ""}`}>
                <label htmlFor={`${id}-file`}>{t("assignments.report.file")}</label>
                <p className="field__hint" id={`${id}-file-hint`}>
                  {t("assignments.report.fileHint")}
                </p>
                <input
                  id={`${id}-file`}
                  type="file"
                  name="file"
                  aria-describedby={`${id}-file-hint${errorsOf("report")?.file ? ` ${id}-file-error` : ""}`}
                  aria-invalid={errorsOf("report")?.file ? true : undefined}
                />
                {errorsOf("report")?.file && (
                  <p className="field__error" id={`${id}-file-error`}>
                    {errorsOf("report")?.file}
                  </p>
                )}
              </div>
              <SubmitButton name="intent" value="report" pendingLabel={t("form.sending")}>
                {t("assignments.report.submit")}
              </SubmitButton>
            </Form>
          </section>
          <section className="card" aria-labelledby={`${id}-done`}>
            <h2 id={`${id}-done`}>{props.headings?.done ?? t("assignments.done.title")}</h2>
            <Form method="post" noValidate>
              <TextArea
                label={t("assignments.done.text")}
                name="text"
                error={errorsOf("done")?.text}
                defaultValue={valueOf("done")}
              />
              <SubmitButton name="intent" value="done" pendingLabel={t("form.sending")}>
                {t("assignments.done.submit")}
              </SubmitButton>
            </Form>
          </section>
        </>
      )}
      {props.canDecide && (
        <section className="card" aria-labelledby={`${id}-decide`}>
          <h2 id={`${id}-decide`}>{props.headings?.decide ?? t("assignments.decide.title")}</h2>
          <Form method="post">
            <SubmitButton name="intent" value="accept" pendingLabel={t("form.sending")}>
              {t("assignments.decide.accept")}
            </SubmitButton>
          </Form>
          <Form method="post" noValidate>
            <TextArea
              label={t("assignments.decide.reason")}
              name="text"
              required
              error={errorsOf("return")?.text}
              defaultValue={valueOf("return")}
            />
            <SubmitButton
              name="intent"
              value="return"
              className="button button--quiet"
              pendingLabel={t("form.sending")}
            >
              {t("assignments.decide.return")}
            </SubmitButton>
          </Form>
        </section>
      )}
    </>
  );
}
