import { useId } from "react";
import { useI18n } from "~/components/i18n";
import type { StatisticsRow } from "~/lib/conference-registration/statistics";

// Okabe–Ito blue for registrations; green with white stripes for those who came: told apart by pattern and by the
// words of the legend, never by colour alone, and every bar has its number written beside it.
const REGISTERED = "#0072b2";
const CAME = "#009e73";
const W = 640;
const LABEL = 250;
const BAR = 14;
const ROW = 2 * BAR + 18;

/** Two bars per row (registered, came), each labelled with its number; the description says it all in words. */
export function StatisticsChart({
  title,
  rows,
}: {
  title: string;
  rows: readonly (StatisticsRow<string> & { label: string })[];
}) {
  const { t } = useI18n();
  const id = useId().replace(/:/g, "");
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.map((r) => r.registered));
  const scale = (W - LABEL - 50) / max;
  const height = rows.length * ROW + 44;
  const summary = rows
    .map((r) => t("registration.stats.chart.row", { label: r.label, registered: r.registered, came: r.came }))
    .join("; ");
  const bar = (y: number, n: number, paint: string) => (
    <>
      <rect x={LABEL} y={y} width={Math.max(n * scale, 1)} height={BAR} fill={paint} />
      <text x={LABEL + n * scale + 6} y={y + BAR - 3} fontSize="12" fill="#1b2430" fontWeight="bold">
        {n}
      </text>
    </>
  );
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{t("registration.stats.chart.desc", { summary })}</desc>
      <defs>
        <pattern id={`${id}-came`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={CAME} />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeWidth="2.5" />
        </pattern>
      </defs>
      <rect x="0" y="0" width={W} height={height} fill="#ffffff" />
      {rows.map((r, i) => {
        const y = 8 + i * ROW;
        return (
          <g key={r.key}>
            <text x={LABEL - 8} y={y + BAR + 4} textAnchor="end" fontSize="12" fill="#1b2430">
              {r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label}
            </text>
            {bar(y, r.registered, REGISTERED)}
            {bar(y + BAR + 2, r.came, `url(#${id}-came)`)}
          </g>
        );
      })}
      <g transform={`translate(${LABEL}, ${height - 18})`} fontSize="12" fill="#1b2430">
        <rect x="0" y="-10" width="14" height="12" fill={REGISTERED} />
        <text x="20" y="0">
          {t("registration.stats.chart.legendRegistered")}
        </text>
        <rect x="150" y="-10" width="14" height="12" fill={`url(#${id}-came)`} stroke="#1b2430" strokeWidth="0.5" />
        <text x="170" y="0">
          {t("registration.stats.chart.legendCame")}
        </text>
      </g>
    </svg>
  );
}
