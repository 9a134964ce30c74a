import { useI18n } from "~/components/i18n";
import { StackedBars, type StackedRow, type StateLook } from "~/components/ui/StackedBars";
import { assignmentStates, type AssignmentState } from "~/lib/assignment-rules";

export type SideCounts = StackedRow<AssignmentState>;

// Okabe–Ito colours, and a pattern on every state but the plain ones.
const looks: Record<AssignmentState, StateLook> = {
  open: { colour: "#0072b2" },
  dueSoon: { colour: "#e69f00", pattern: "dotted" },
  overdue: { colour: "#d55e00", pattern: "hatched" },
  done: { colour: "#56b4e9", pattern: "striped" },
  accepted: { colour: "#009e73" },
};

/** Execution control (R4): a stacked bar per side, its assignments in parts by state. */
export function SideBars({ sides }: { sides: readonly SideCounts[] }) {
  const { t } = useI18n();
  return (
    <StackedBars
      rows={sides}
      states={assignmentStates}
      looks={looks}
      stateName={(k) => t(`assignments.state.${k}`)}
      title={t("assignments.chart.sidesTitle")}
      describe={(rows) =>
        t("assignments.chart.sidesDesc", {
          summary: rows.map((r) => t("assignments.chart.sideSummary", { side: r.name, parts: r.parts })).join("; "),
        })
      }
      labelWidth={170}
    />
  );
}
