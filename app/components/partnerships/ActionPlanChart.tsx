import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { actionPlanStates, type ActionPlanState } from "~/lib/action-plan-rules";

export interface PartyBar {
  name: string;
  counts: Record<ActionPlanState, number>;
}

// Okabe–Ito colours; the overdue part also hatched, and every part has its number written on it.
const fill: Record<ActionPlanState, string> = {
  planned: "#999999",
  in_progress: "#0072b2",
  overdue: "#d55e00",
  done: "#56b4e9",
  accepted: "#009e73",
};
const W = 640;
const LABEL = 190;
const ROW = 40;

/** The progress picture (issue 12): one stacked bar per party, its items in parts by state. */
export function ActionPlanChart({ parties }: { parties: readonly PartyBar[] }) {
  const { t } = useI18n();
  const id = useId().replace(/:/g, "");
  if (parties.length === 0) return null;
  const total = (p: PartyBar) => actionPlanStates.reduce((n, k) => n + p.counts[k], 0);
  const scale = (W - LABEL - 20) / Math.max(1, ...parties.map(total));
  const height = parties.length * ROW + 60;
  const summary = parties
    .map((p) =>
      t("partnership.chart.party", {
        party: p.name,
        parts:
          actionPlanStates
            .filter((k) => p.counts[k] > 0)
            .map((k) => `${t(`partnership.state.${k}`)} ${p.counts[k]}`)
            .join(", ") || t("partnership.chart.none"),
      }),
    )
    .join("; ");
  const paint = (k: ActionPlanState) => (k === "overdue" ? `url(#${id}-overdue)` : fill[k]);
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <title id={`${id}-title`}>{t("partnership.chart.title")}</title>
      <desc id={`${id}-desc`}>{t("partnership.chart.desc", { summary })}</desc>
      <defs>
        <pattern id={`${id}-overdue`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={fill.overdue} />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeWidth="2.5" />
        </pattern>
      </defs>
      <rect x="0" y="0" width={W} height={height} fill="#ffffff" />
      {parties.map((p, row) => {
        let at = LABEL;
        const y = 10 + row * ROW;
        return (
          <g key={p.name}>
            <text x={LABEL - 8} y={y + 19} textAnchor="end" fontSize="12" fill="#1b2430">
              {p.name.length > 28 ? `${p.name.slice(0, 27)}…` : p.name}
            </text>
            {actionPlanStates.map((k) => {
              const n = p.counts[k];
              if (n === 0) return null;
              const x = at;
              const w = n * scale;
              at += w;
              return (
                <g key={k} data-state={k}>
                  <rect x={x} y={y} width={w} height="28" fill={paint(k)} stroke="#ffffff" strokeWidth="1" />
                  <rect x={x + w / 2 - 10} y={y + 6} width="20" height="16" rx="3" fill="#ffffff" />
                  <text x={x + w / 2} y={y + 18} textAnchor="middle" fontSize="12" fill="#1b2430" fontWeight="bold">
                    {n}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <g transform={`translate(10, ${height - 30})`} fontSize="12" fill="#1b2430">
        {actionPlanStates.map((k, i) => (
          <g key={k} transform={`translate(${(i % 3) * 210}, ${Math.floor(i / 3) * 16})`}>
            <rect x="0" y="-10" width="14" height="12" fill={paint(k)} stroke="#1b2430" strokeWidth="0.5" />
            <text x="20" y="0">
              {t(`partnership.state.${k}`)}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
