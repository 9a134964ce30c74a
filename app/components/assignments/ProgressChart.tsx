import { useId } from "react";
import { useI18n } from "~/components/i18n";
import type { WeekPoint } from "~/lib/assignment-rules";
import { formatLocalDate } from "~/lib/format";

const W = 640;
const H = 260;
const M = { top: 20, right: 90, bottom: 44, left: 44 };
// Okabe–Ito blue and vermillion: told apart with every colour vision, and also by line style and marker shape.
const GIVEN = "#0b5394";
const ACCEPTED = "#a63d00";

/**
 * Progress over time, drawn on the server as SVG (no script needed): cumulative assignments given and accepted
 * at the end of each week. A screen reader gets its title and a description with the latest numbers.
 */
export function ProgressChart({ points }: { points: readonly WeekPoint[] }) {
  const { t, locale } = useI18n();
  const id = useId();
  if (points.length === 0) return null;
  const max = Math.max(1, ...points.map((p) => p.given));
  const x = (i: number) => M.left + (points.length === 1 ? 0 : (i * (W - M.left - M.right)) / (points.length - 1));
  const y = (v: number) => M.top + (H - M.top - M.bottom) * (1 - v / max);
  const line = (key: "given" | "accepted") =>
    points.map((p, i) => `${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(" ");
  const last = points[points.length - 1]!;
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  const every = Math.max(1, Math.ceil(points.length / 6));
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <title id={`${id}-title`}>{t("assignments.chart.progressTitle")}</title>
      <desc id={`${id}-desc`}>
        {t("assignments.chart.progressDesc", { given: last.given, accepted: last.accepted })}
      </desc>
      <rect x="0" y="0" width={W} height={H} fill="#ffffff" />
      {ticks.map((v) => (
        <g key={v}>
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#d5dbe3" />
          <text x={M.left - 8} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#1b2430">
            {v}
          </text>
        </g>
      ))}
      {points.map((p, i) =>
        (i % every === 0 && points.length - 1 - i >= every) || i === points.length - 1 ? (
          <text key={p.week} x={x(i)} y={H - M.bottom + 18} textAnchor="middle" fontSize="11" fill="#1b2430">
            {formatLocalDate(p.week, locale).replace(/\s?\d{4}.*$/, "")}
          </text>
        ) : null,
      )}
      <polyline points={line("given")} fill="none" stroke={GIVEN} strokeWidth="3" />
      <polyline points={line("accepted")} fill="none" stroke={ACCEPTED} strokeWidth="3" strokeDasharray="8 5" />
      {points.map((p, i) => (
        <g key={p.week}>
          <circle cx={x(i)} cy={y(p.given)} r="4.5" fill={GIVEN} />
          <rect x={x(i) - 4} y={y(p.accepted) - 4} width="8" height="8" fill={ACCEPTED} />
        </g>
      ))}
      <text x={x(points.length - 1) + 10} y={y(last.given) + 4} fontSize="12" fill={GIVEN} fontWeight="bold">
        {t("assignments.chart.given")}: {last.given}
      </text>
      <text
        x={x(points.length - 1) + 10}
        y={y(last.accepted) + (last.accepted === last.given ? 20 : 4)}
        fontSize="12"
        fill={ACCEPTED}
        fontWeight="bold"
      >
        {t("assignments.chart.accepted")}: {last.accepted}
      </text>
      <g transform={`translate(${M.left}, ${H - 12})`} fontSize="12" fill="#1b2430">
        <line x1="0" x2="24" y1="-4" y2="-4" stroke={GIVEN} strokeWidth="3" />
        <circle cx="12" cy="-4" r="4" fill={GIVEN} />
        <text x="30" y="0">
          {t("assignments.chart.given")}
        </text>
        <line x1="150" x2="174" y1="-4" y2="-4" stroke={ACCEPTED} strokeWidth="3" strokeDasharray="6 4" />
        <rect x="158" y="-8" width="8" height="8" fill={ACCEPTED} />
        <text x="180" y="0">
          {t("assignments.chart.accepted")}
        </text>
      </g>
    </svg>
  );
}
