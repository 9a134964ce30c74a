/** A horizontal bar split into shares, with the numbers also written out (the picture never stands alone). */
export function ShareBar({
  label,
  parts,
}: {
  label: string;
  parts: { label: string; value: number; color: string }[];
}) {
  const total = parts.reduce((s, p) => s + p.value, 0);
  return (
    <figure className="share-bar">
      <figcaption>{label}</figcaption>
      <div className="bar" role="img" aria-label={`${label}: ${parts.map((p) => `${p.label} ${p.value}`).join(", ")}`}>
        {parts.map((p) =>
          total > 0 && p.value > 0 ? (
            <span key={p.label} style={{ width: `${(100 * p.value) / total}%`, background: p.color }} />
          ) : null,
        )}
      </div>
      <ul className="share-bar__legend">
        {parts.map((p) => (
          <li key={p.label}>
            <span className="share-bar__swatch" style={{ background: p.color }} aria-hidden="true" />
            {p.label}: <strong>{p.value}</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}
