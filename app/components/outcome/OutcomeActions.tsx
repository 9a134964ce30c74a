/** The organisers' steps (issue 12): open / close for proposals, finalise, publish with the chosen visibility. */
import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { libraryVisibilities } from "~/lib/library/kinds";
import type { OutcomeState } from "~/lib/conference-kinds";

export interface OutcomeActionsProps {
  state: OutcomeState;
  can: { edit: boolean; finalise: boolean; publish: boolean };
  today: string;
  lastDay: string | null;
  timeZone: string;
  errors: Record<string, string | undefined>;
  values: { until?: string; visibility?: string };
}

export function OutcomeActions({ state, can, today, lastDay, timeZone, errors, values }: OutcomeActionsProps) {
  const { t } = useI18n();
  return (
    <>
      {can.edit && (
        <section className="card" aria-labelledby="outcome-open-title">
          <h2 id="outcome-open-title">{t("outcome.open.title")}</h2>
          {state === "open_for_proposals" && lastDay && <p>{t("outcome.open.status", { day: lastDay, timeZone })}</p>}
          <Form method="post" className="search-row">
            <TextField
              label={t("outcome.open.until")}
              name="until"
              type="date"
              min={today}
              required
              defaultValue={values.until ?? lastDay ?? ""}
              error={errors.until}
            />
            <SubmitButton name="intent" value="open">
              {state === "open_for_proposals" ? t("outcome.open.move") : t("outcome.open.submit")}
            </SubmitButton>
          </Form>
          {state === "open_for_proposals" && (
            <Form method="post">
              <SubmitButton name="intent" value="close" className="button button--quiet">
                {t("outcome.open.close")}
              </SubmitButton>
            </Form>
          )}
        </section>
      )}
      {can.finalise && (
        <section className="card" aria-labelledby="outcome-finalise-title">
          <h2 id="outcome-finalise-title">{t("outcome.finalise.title")}</h2>
          <p className="muted">{t("outcome.finalise.hint")}</p>
          <Form method="post">
            <SubmitButton name="intent" value="finalise">
              {t("outcome.finalise.submit")}
            </SubmitButton>
          </Form>
        </section>
      )}
      {can.publish && (
        <section className="card" aria-labelledby="outcome-publish-title">
          <h2 id="outcome-publish-title">{t("outcome.publish.title")}</h2>
          <Form method="post">
            <SelectField
              label={t("outcome.publish.visibility")}
              name="visibility"
              defaultValue={values.visibility ?? "public"}
              error={errors.visibility}
            >
              {libraryVisibilities.map((v) => (
                <option key={v} value={v}>
                  {t(`outcome.publish.visibility.${v}`)}
                </option>
              ))}
            </SelectField>
            <SubmitButton name="intent" value="publish">
              {t("outcome.publish.submit")}
            </SubmitButton>
          </Form>
        </section>
      )}
    </>
  );
}
