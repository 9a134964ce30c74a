import { useI18n } from "~/components/i18n";
import type { StatisticsRow, Tally } from "~/lib/conference-registration/statistics";

/** The same numbers as the chart, as a table (the chart's text alternative in full, and what the CSV holds). */
export function StatisticsTable({
  caption,
  keyHeader,
  rows,
  total,
}: {
  caption: string;
  keyHeader: string;
  rows: readonly (StatisticsRow<string> & { label: string })[];
  total: Tally;
}) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="statistics-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            <th scope="col">{t("registration.stats.col.registered")}</th>
            <th scope="col">{t("registration.stats.col.confirmed")}</th>
            <th scope="col">{t("registration.stats.col.came")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.registered}</td>
              <td>{r.confirmed}</td>
              <td>{r.came}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("registration.stats.total")}</th>
            <td>{total.registered}</td>
            <td>{total.confirmed}</td>
            <td>{total.came}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
