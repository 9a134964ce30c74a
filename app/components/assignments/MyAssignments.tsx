import { useI18n } from "~/components/i18n";
import { AssignmentTable, type AssignmentRow } from "./AssignmentTable";

/** The home page's list (R4): the assignments that name the user, with due dates and state. */
export function MyAssignments({ rows }: { rows: readonly AssignmentRow[] }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="my-assignments">
      <h2 id="my-assignments">{t("assignments.mine.title")}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("assignments.mine.empty")}</p>
      ) : (
        <AssignmentTable rows={rows} caption={t("assignments.mine.caption")} />
      )}
    </section>
  );
}
