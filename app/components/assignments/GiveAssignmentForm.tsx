import { Form } from "@remix-run/react";
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { textLimits } from "~/lib/text-rules";

export interface AssigneeOptions {
  members: { id: number; name: string; organisation: string | null }[];
  sides: { id: number; name: string }[];
  organisations: { id: number; name: string }[];
}

export interface GiveResult {
  intent?: string;
  decisionKey?: string;
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: { assignee?: string; dueOn?: string; text?: string };
}

/** R4: a decision becomes an assignment: who (a member, a side, an organisation), by when, what. */
export function GiveAssignmentForm(props: {
  decisionKey: string;
  options: AssigneeOptions;
  today: string;
  timeZone: string;
  result?: GiveResult;
}) {
  const { t } = useI18n();
  const id = useId();
  const mine = props.result?.intent === "give" && props.result.decisionKey === props.decisionKey;
  const errors = mine ? props.result?.fieldErrors : undefined;
  const values = mine ? props.result?.values : undefined;
  return (
    <details className="give-assignment" open={mine || undefined}>
      <summary>{t("assignments.give.title", { key: props.decisionKey })}</summary>
      {mine && props.result?.formError && <Notice tone="error">{props.result.formError}</Notice>}
      <Form method="post" noValidate aria-labelledby={`${id}-legend`}>
        <p id={`${id}-legend`} className="visually-hidden">
          {t("assignments.give.title", { key: props.decisionKey })}
        </p>
        <input type="hidden" name="intent" value="give" />
        <input type="hidden" name="decisionKey" value={props.decisionKey} />
        <SelectField
          label={t("assignments.give.assignee")}
          hint={t("assignments.give.assigneeHint")}
          name="assignee"
          required
          defaultValue={values?.assignee ?? ""}
          error={errors?.assignee ?? errors?.decisionKey}
        >
          <option value="">{t("assignments.give.choose")}</option>
          <optgroup label={t("assignments.give.members")}>
            {props.options.members.map((m) => (
              <option key={m.id} value={`member:${m.id}`}>
                {m.name}
                {m.organisation ? ` (${m.organisation})` : ""}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("assignments.give.sides")}>
            {props.options.sides.map((s) => (
              <option key={s.id} value={`side:${s.id}`}>
                {s.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("assignments.give.organisations")}>
            {props.options.organisations.map((o) => (
              <option key={o.id} value={`organisation:${o.id}`}>
                {o.name}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <TextField
          label={t("assignments.give.due")}
          hint={t("assignments.give.dueHint", { zone: props.timeZone })}
          name="dueOn"
          type="date"
          required
          min={props.today}
          defaultValue={values?.dueOn ?? ""}
          error={errors?.dueOn}
        />
        <div className={`field${errors?.text ? " field--invalid" : ""}`}>
          <label htmlFor={`${id}-text`}>{t("assignments.give.text")}</label>
          <textarea
            id={`${id}-text`}
            name="text"
            rows={3}
            required
            maxLength={textLimits.longText}
            defaultValue={values?.text ?? ""}
            aria-invalid={errors?.text ? true : undefined}
            aria-describedby={errors?.text ? `${id}-text-error` : undefined}
          />
          {errors?.text && (
            <p className="field__error" id={`${id}-text-error`}>
              {errors.text}
            </p>
          )}
        </div>
        <SubmitButton name="intent" value="give" pendingLabel={t("form.saving")}>
          {t("assignments.give.submit")}
        </SubmitButton>
      </Form>
    </details>
  );
}
