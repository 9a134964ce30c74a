import { useI18n } from "~/components/i18n";
import type { AssignmentReportKind } from "~/lib/assignment-kinds";

export interface HistoryEntry {
  id: number;
  kind: AssignmentReportKind;
  text: string;
  fileId: number | null;
  fileName: string | null;
  authorName: string;
  createdAt: string | Date;
}

/** R4 (3.4 в): what was reported, marked, accepted and returned, oldest first. */
export function AssignmentHistory({
  assignmentId,
  history,
  fileHref = (reportId) => `/assignments/${assignmentId}/reports/${reportId}/file`,
}: {
  assignmentId: number;
  history: readonly HistoryEntry[];
  /** Where a reported file is downloaded (issue 12: an action-plan item's reports have their own address). */
  fileHref?: (reportId: number) => string;
}) {
  const { t, dateTime } = useI18n();
  return (
    <section className="card" aria-labelledby="assignment-history">
      <h2 id="assignment-history">{t("assignments.page.history")}</h2>
      {history.length === 0 ? (
        <p className="muted">{t("assignments.page.noHistory")}</p>
      ) : (
        <ol className="history">
          {history.map((h) => (
            <li key={h.id}>
              <p>
                <strong>{t(`assignments.history.${h.kind}`)}</strong> — {h.authorName},{" "}
                <time dateTime={new Date(h.createdAt).toISOString()}>{dateTime(h.createdAt)}</time>
              </p>
              {h.text && <p>{h.text}</p>}
              {h.fileId && h.fileName && (
                <p>
                  <a href={fileHref(h.id)}>{t("assignments.history.file", { name: h.fileName })}</a>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
