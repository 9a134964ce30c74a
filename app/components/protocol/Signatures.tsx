import { useI18n } from "~/components/i18n";
import type { SigningView } from "~/web/signing-view.server";

type Signatory = SigningView["signatories"][number];

/**
 * Who has signed and who has yet to (R11): per side a progress bar (a native <progress>, with its numbers in
 * words for those who do not see it), then the list of names, capacities and times.
 */
export function Signatures({ signatories, complete }: { signatories: Signatory[]; complete: boolean }) {
  const { t, dateTime } = useI18n();
  const sides = [...new Map(signatories.map((s) => [s.sideId, s.sideName])).entries()];
  return (
    <section className="signatures" aria-labelledby="signatures-title">
      <h3 id="signatures-title">{t("signing.signatories.title")}</h3>
      {signatories.length === 0 && <p className="muted">{t("signing.signatories.none")}</p>}
      {complete && <p className="signatures__complete">{t("signing.signatories.complete")}</p>}
      <ul className="signatures__sides">
        {sides.map(([sideId, sideName]) => {
          const ofSide = signatories.filter((s) => s.sideId === sideId);
          const signed = ofSide.filter((s) => s.signedAt).length;
          const label = t("signing.signatories.progress", { side: sideName, signed, total: ofSide.length });
          return (
            <li key={sideId}>
              <span id={`signatures-side-${sideId}`}>{label}</span>
              <progress value={signed} max={ofSide.length} aria-labelledby={`signatures-side-${sideId}`} />
            </li>
          );
        })}
      </ul>
      <ul className="signatures__list">
        {signatories.map((s) => (
          <li key={s.userId} className={s.signedAt ? "is-signed" : "is-pending"}>
            <span aria-hidden="true">{s.signedAt ? "✓" : "…"}</span> <strong>{s.name}</strong>,{" "}
            {t(`signing.capacity.${s.capacity}`)}, {s.sideName} —{" "}
            {s.signedAt ? (
              <time dateTime={s.signedAt}>{t("signing.signatories.signed", { date: dateTime(s.signedAt) })}</time>
            ) : (
              <span>{t("signing.signatories.pending")}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
