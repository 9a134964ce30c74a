import { useI18n } from "~/components/i18n";
import type { ActionPlanState } from "~/lib/action-plan-rules";

const tone: Record<ActionPlanState, string> = {
  planned: "info",
  in_progress: "info",
  overdue: "bad",
  done: "info",
  accepted: "ok",
};

/** An action-plan item's state in words (never by colour alone). */
export function PlanStateBadge({ state }: { state: ActionPlanState }) {
  const { t } = useI18n();
  return <span className={`badge badge--${tone[state]}`}>{t(`partnership.state.${state}`)}</span>;
}
