import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import type { ActionPlanState } from "~/lib/action-plan-rules";
import { formatLocalDate } from "~/lib/format";
import { PlanStateBadge } from "./PlanStateBadge";

export interface PlanRow {
  id: number;
  number: string;
  text: string;
  party: string;
  dueOn: string;
  state: ActionPlanState;
}

/** The action plan in the plan's order: what, which party, by when, where it stands. */
export function ActionPlanTable({ partnershipId, rows }: { partnershipId: number; rows: readonly PlanRow[] }) {
  const { t, locale } = useI18n();
  if (rows.length === 0) return <p className="muted">{t("partnership.plan.empty")}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("partnership.plan.number")}</th>
            <th scope="col">{t("partnership.plan.text")}</th>
            <th scope="col">{t("partnership.plan.party")}</th>
            <th scope="col">{t("partnership.plan.due")}</th>
            <th scope="col">{t("partnership.plan.state")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.number}</td>
              <td>
                <Link to={`/partnerships/${partnershipId}/plan/${r.id}`}>{r.text}</Link>
              </td>
              <td>{r.party}</td>
              <td>{formatLocalDate(r.dueOn, locale)}</td>
              <td>
                <PlanStateBadge state={r.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
