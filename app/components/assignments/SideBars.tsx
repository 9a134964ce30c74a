import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { assignmentStates, type AssignmentState } from "~/lib/assignment-rules";

export interface SideCounts {
  name: string;
  counts: Record<AssignmentState, number>;
}

// Okabe–Ito colours, each state also with its own pattern and its number written on it.
const fill: Record<AssignmentState, string> = {
  open: "#0072b2",
  dueSoon: "#e69f00",
  overdue: "#d55e00",
  done: "#56b4e9",
  accepted: "#009e73",
};
const W = 640;
const LABEL = 170;
const ROW = 40;

function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-dueSoon`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={fill.dueSoon} />
        <circle cx="4" cy="4" r="1.6" fill="#ffffff" />
      </pattern>
      <pattern id={`${id}-overdue`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill={fill.overdue} />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeWidth="2.5" />
      </pattern>
      <pattern id={`${id}-done`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={fill.done} />
        <line x1="0" y1="4" x2="8" y2="4" stroke="#ffffff" strokeWidth="2" />
      </pattern>
    </defs>
  );
}

const paint = (id: string, state: AssignmentState) =>
  state === "open" || state === "accepted" ? fill[state] : `url(#${id}-${state})`;

/** A stacked bar per side: its assignments in parts by state, each part with its number on a white label. */
export function SideBars({ sides }: { sides: readonly SideCounts[] }) {
  const { t } = useI18n();
  const id = useId().replace(/:/g, "");
  if (sides.length === 0) return null;
  const max = Math.max(1, ...sides.map((s) => assignmentStates.reduce((n, k) => n + s.counts[k], 0)));
  const scale = (W - LABEL - 20) / max;
  const height = sides.length * ROW + 60;
  const summary = sides
    .map((s) =>
      t("assignments.chart.sideSummary", {
        side: s.name,
        parts: assignmentStates
          .filter((k) => s.counts[k] > 0)
          .map((k) => `${t(`assignments.state.${k}`)} ${s.counts[k]}`)
          .join(", "),
      }),
    )
    .join("; ");
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <title id={`${id}-title`}>{t("assignments.chart.sidesTitle")}</title>
      <desc id={`${id}-desc`}>{t("assignments.chart.sidesDesc", { summary })}</desc>
      <Patterns id={id} />
      <rect x="0" y="0" width={W} height={height} fill="#ffffff" />
      {sides.map((s, row) => {
        let at = LABEL;
        const y = 10 + row * ROW;
        return (
          <g key={s.name}>
            <text x={LABEL - 8} y={y + 19} textAnchor="end" fontSize="12" fill="#1b2430">
              {s.name.length > 26 ? `${s.name.slice(0, 25)}…` : s.name}
            </text>
            {assignmentStates.map((k) => {
              const n = s.counts[k];
              if (n === 0) return null;
              const x = at;
              const w = n * scale;
              at += w;
              return (
                <g key={k}>
                  <rect x={x} y={y} width={w} height="28" fill={paint(id, k)} stroke="#ffffff" strokeWidth="1" />
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
        {assignmentStates.map((k, i) => (
          <g key={k} transform={`translate(${(i % 3) * 210}, ${Math.floor(i / 3) * 16})`}>
            <rect x="0" y="-10" width="14" height="12" fill={paint(id, k)} stroke="#1b2430" strokeWidth="0.5" />
            <text x="20" y="0">
              {t(`assignments.state.${k}`)}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
