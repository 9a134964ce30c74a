import { useId } from "react";

/** One bar: a row's name and how many of its items are in each state. */
export interface StackedRow<K extends string> {
  name: string;
  counts: Record<K, number>;
}

/** A state's look: its colour, and the pattern drawn over it (so that colour is never the only cue). */
export interface StateLook {
  colour: string;
  pattern?: "hatched" | "dotted" | "striped";
}

interface Props<K extends string> {
  rows: readonly StackedRow<K>[];
  states: readonly K[];
  looks: Record<K, StateLook>;
  /** The state's name, for the legend and the description. */
  stateName: (state: K) => string;
  title: string;
  /** The whole picture in words (every row's numbers), for screen readers: `describe(summary of each row)`. */
  describe: (rows: { name: string; parts: string }[]) => string;
  labelWidth?: number;
}

const W = 640;
const ROW = 40;
const INK = "#1b2430";

function Pattern({ id, look }: { id: string; look: StateLook }) {
  const mark = {
    hatched: <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeWidth="2.5" />,
    dotted: <circle cx="4" cy="4" r="1.6" fill="#ffffff" />,
    striped: <line x1="0" y1="4" x2="8" y2="4" stroke="#ffffff" strokeWidth="2" />,
  }[look.pattern!];
  return (
    <pattern
      id={id}
      width="8"
      height="8"
      patternUnits="userSpaceOnUse"
      patternTransform={look.pattern === "hatched" ? "rotate(45)" : undefined}
    >
      <rect width="8" height="8" fill={look.colour} />
      {mark}
    </pattern>
  );
}

/**
 * Stacked horizontal bars, one per row (a side, a party), its items in parts by state, each part with its number
 * on a white label, a legend below, and the whole picture in words for screen readers. The execution-control page
 * (issue 10) and the partnership's action plan (issue 12) draw their progress with it.
 */
export function StackedBars<K extends string>({
  rows,
  states,
  looks,
  stateName,
  title,
  describe,
  labelWidth = 180,
}: Props<K>) {
  const id = useId().replace(/:/g, "");
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.map((r) => states.reduce((n, k) => n + r.counts[k], 0)));
  const scale = (W - labelWidth - 20) / max;
  const height = rows.length * ROW + 60;
  const paint = (k: K) => (looks[k].pattern ? `url(#${id}-${k})` : looks[k].colour);
  const summary = rows.map((r) => ({
    name: r.name,
    parts: states
      .filter((k) => r.counts[k] > 0)
      .map((k) => `${stateName(k)} ${r.counts[k]}`)
      .join(", "),
  }));
  const maxChars = Math.floor(labelWidth / 6.6);
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
      <desc id={`${id}-desc`}>{describe(summary)}</desc>
      <defs>
        {states
          .filter((k) => looks[k].pattern)
          .map((k) => (
            <Pattern key={k} id={`${id}-${k}`} look={looks[k]} />
          ))}
      </defs>
      <rect x="0" y="0" width={W} height={height} fill="#ffffff" />
      {rows.map((r, row) => {
        let at = labelWidth;
        const y = 10 + row * ROW;
        return (
          <g key={r.name}>
            <text x={labelWidth - 8} y={y + 19} textAnchor="end" fontSize="12" fill={INK}>
              {r.name.length > maxChars ? `${r.name.slice(0, maxChars - 1)}…` : r.name}
            </text>
            {states.map((k) => {
              const n = r.counts[k];
              if (n === 0) return null;
              const x = at;
              const w = n * scale;
              at += w;
              return (
                <g key={k} data-state={k}>
                  <rect x={x} y={y} width={w} height="28" fill={paint(k)} stroke="#ffffff" strokeWidth="1" />
                  <rect x={x + w / 2 - 10} y={y + 6} width="20" height="16" rx="3" fill="#ffffff" />
                  <text x={x + w / 2} y={y + 18} textAnchor="middle" fontSize="12" fill={INK} fontWeight="bold">
                    {n}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <g transform={`translate(10, ${height - 30})`} fontSize="12" fill={INK}>
        {states.map((k, i) => (
          <g key={k} transform={`translate(${(i % 3) * 210}, ${Math.floor(i / 3) * 16})`}>
            <rect x="0" y="-10" width="14" height="12" fill={paint(k)} stroke={INK} strokeWidth="0.5" />
            <text x="20" y="0">
              {stateName(k)}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
