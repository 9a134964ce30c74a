import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { TextField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";

/** The secretaries' control of the deadline: open the draft, extend or shorten it, or close amendments now. */
export function DeadlineForm({
  editionId,
  timeZone,
  today,
  lastDay,
  open,
  value,
  error,
}: {
  editionId: number;
  timeZone: string;
  today: string;
  lastDay: string | null;
  open: boolean;
  value?: string;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="deadline-title">
      <h2 id="deadline-title">{t("amendments.manage.title")}</h2>
      <Form method="post" className="search-row">
        <input type="hidden" name="editionId" value={editionId} />
        <TextField
          label={t("amendments.manage.until")}
          hint={t("amendments.manage.hint", { zone: timeZone })}
          name="until"
          type="date"
          min={today}
          required
          defaultValue={value ?? lastDay ?? ""}
          error={error}
        />
        <SubmitButton name="intent" value="deadline">
          {lastDay ? t("amendments.manage.change") : t("amendments.manage.open")}
        </SubmitButton>
      </Form>
      {open && (
        <Form method="post">
          <input type="hidden" name="editionId" value={editionId} />
          <SubmitButton name="intent" value="closeNow" className="button button--quiet">
            {t("amendments.manage.closeNow")}
          </SubmitButton>
        </Form>
      )}
    </section>
  );
}
