import { useI18n } from "~/components/i18n";
import type { AssignmentState } from "~/lib/assignment-rules";

const tone: Record<AssignmentState, string> = {
  open: "info",
  dueSoon: "warn",
  overdue: "bad",
  done: "info",
  accepted: "ok",
};

/** The state in words (never by colour alone). */
export function StateBadge({ state }: { state: AssignmentState }) {
  const { t } = useI18n();
  return <span className={`badge badge--${tone[state]}`}>{t(`assignments.state.${state}`)}</span>;
}
