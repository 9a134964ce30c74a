import { useI18n } from "~/components/i18n";
import type { AmendmentRow } from "../../../../db/library/amendments-read";
import { DecisionForm, type DecisionValues } from "./DecisionForm";
import { DecisionText } from "./DecisionText";
import { WordingDiff } from "./WordingDiff";

type Row = Omit<AmendmentRow, "createdAt"> & { createdAt: Date | string };

/**
 * The comparison table («сравнительная таблица»): per amendment the section, the current and proposed wording
 * (the difference marked), the author and side, the justification and the decision, decided in place when
 * `decide` (the secretaries and co-chairs, while the edition is still the draft being worked on).
 */
export function AmendmentTable({
  rows,
  decide,
  failed,
}: {
  rows: Row[];
  decide: boolean;
  failed?: { amendmentId: number; values: DecisionValues; errors: Record<string, string | undefined> };
}) {
  const { t } = useI18n();
  return (
    <div className="amendments-table-wrap">
      <table className="amendments-table">
        <caption className="visually-hidden">{t("amendments.table.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("amendments.col.no")}</th>
            <th scope="col">{t("amendments.col.section")}</th>
            <th scope="col">{t("amendments.col.current")}</th>
            <th scope="col">{t("amendments.col.proposed")}</th>
            <th scope="col">{t("amendments.col.author")}</th>
            <th scope="col">{t("amendments.col.justification")}</th>
            <th scope="col">{t("amendments.col.decision")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const mine = failed?.amendmentId === r.id ? failed : undefined;
            return (
              <tr key={r.id} id={`amendment-${r.id}`}>
                <td>{i + 1}</td>
                <th scope="row">
                  {r.sectionTitle}
                  <br />
                  <small className="muted">{r.passage ? t("amendments.passage") : t("amendments.wholeSection")}</small>
                </th>
                <td>{r.currentWording}</td>
                <td>
                  <WordingDiff current={r.currentWording} proposed={r.proposedWording} />
                </td>
                <td>
                  {r.authorName}
                  {r.sideName && (
                    <>
                      <br />
                      {r.sideName}
                    </>
                  )}
                </td>
                <td>{r.justification}</td>
                <td>
                  <DecisionText decision={r.decision} acceptedWording={r.acceptedWording} comment={r.decisionComment} />
                  {decide && (
                    <DecisionForm
                      amendmentId={r.id}
                      values={
                        mine?.values ?? {
                          decision: r.decision ?? "",
                          acceptedWording: r.acceptedWording ?? "",
                          comment: r.decisionComment,
                        }
                      }
                      errors={mine?.errors ?? {}}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
