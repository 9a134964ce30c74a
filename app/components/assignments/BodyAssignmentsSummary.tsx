import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { assignmentStates, type AssignmentState } from "~/lib/assignment-rules";

/** The body page's card: assignments by state, and the way to execution control. */
export function BodyAssignmentsSummary({
  bodyId,
  counts,
}: {
  bodyId: number;
  counts: Record<AssignmentState, number>;
}) {
  const { t } = useI18n();
  const total = assignmentStates.reduce((n, s) => n + counts[s], 0);
  return (
    <>
      {total === 0 ? (
        <p className="muted">{t("body.noAssignments")}</p>
      ) : (
        <ul>
          {assignmentStates
            .filter((s) => counts[s] > 0)
            .map((s) => (
              <li key={s}>{t("assignments.control.count", { state: t(`assignments.state.${s}`), n: counts[s] })}</li>
            ))}
        </ul>
      )}
      <p>
        <Link to={`/bodies/${bodyId}/assignments`}>{t("assignments.control.link")}</Link>
      </p>
    </>
  );
}
