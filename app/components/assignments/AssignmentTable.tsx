import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import type { AssignmentState } from "~/lib/assignment-rules";
import type { AssigneeKind } from "~/lib/assignment-kinds";
import { formatLocalDate } from "~/lib/format";
import { StateBadge } from "./StateBadge";

export interface AssignmentRow {
  id: number;
  text: string;
  assigneeName: string;
  assigneeKind: AssigneeKind;
  dueOn: string;
  state: AssignmentState;
  meetingNumber?: number;
}

/** Assignments as a table: what, who, when, where it stands; each opens its own page. */
export function AssignmentTable({ rows, caption }: { rows: readonly AssignmentRow[]; caption: string }) {
  const { t, locale } = useI18n();
  const withMeeting = rows.some((r) => r.meetingNumber !== undefined);
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("assignments.col.assignment")}</th>
            <th scope="col">{t("assignments.col.assignee")}</th>
            <th scope="col">{t("assignments.col.due")}</th>
            <th scope="col">{t("assignments.col.state")}</th>
            {withMeeting && <th scope="col">{t("assignments.col.meeting")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/assignments/${r.id}`}>{r.text}</Link>
              </td>
              <td>
                {r.assigneeName} <span className="muted">({t(`assignments.kind.${r.assigneeKind}`)})</span>
              </td>
              <td>{formatLocalDate(r.dueOn, locale)}</td>
              <td>
                <StateBadge state={r.state} />
              </td>
              {withMeeting && (
                <td>{r.meetingNumber !== undefined && t("assignments.meeting", { n: r.meetingNumber })}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
