import { useI18n } from "~/components/i18n";
import { StackedBars, type StackedRow, type StateLook } from "~/components/ui/StackedBars";
import { actionPlanStates, type ActionPlanState } from "~/lib/action-plan-rules";

export type PartyBar = StackedRow<ActionPlanState>;

// Okabe–Ito colours; the overdue part also hatched, and every part has its number written on it.
const looks: Record<ActionPlanState, StateLook> = {
  planned: { colour: "#999999" },
  in_progress: { colour: "#0072b2" },
  overdue: { colour: "#d55e00", pattern: "hatched" },
  done: { colour: "#56b4e9", pattern: "striped" },
  accepted: { colour: "#009e73" },
};

/** The progress picture (issue 12): one stacked bar per party, its action-plan items in parts by state. */
export function ActionPlanChart({ parties }: { parties: readonly PartyBar[] }) {
  const { t } = useI18n();
  return (
    <StackedBars
      rows={parties}
      states={actionPlanStates}
      looks={looks}
      stateName={(k) => t(`partnership.state.${k}`)}
      title={t("partnership.chart.title")}
      describe={(rows) =>
        t("partnership.chart.desc", {
          summary: rows
            .map((r) => t("partnership.chart.party", { party: r.name, parts: r.parts || t("partnership.chart.none") }))
            .join("; "),
        })
      }
      labelWidth={190}
    />
  );
}
