/**
 * A bar from nobody to everyone, filled up to those present, with the threshold marked. The picture never
 * stands alone: its label and the text beside it say the same numbers.
 */
export function QuorumBar({
  label,
  present,
  members,
  needed,
  meets,
}: {
  label: string;
  present: number;
  members: number;
  needed: number;
  meets: boolean;
}) {
  const share = (n: number) => `${members > 0 ? Math.min(100, (100 * n) / members) : 0}%`;
  return (
    <div className={`live-bar live-bar--${meets ? "meets" : "short"}`} role="img" aria-label={label}>
      <span className="live-bar__fill" style={{ width: share(present) }} />
      {members > 0 && <span className="live-bar__threshold" style={{ left: share(needed) }} />}
    </div>
  );
}
