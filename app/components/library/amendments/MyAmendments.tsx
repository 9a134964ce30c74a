import { useI18n } from "~/components/i18n";
import type { AmendmentRow } from "../../../../db/library/amendments-read";
import { DecisionText } from "./DecisionText";
import { WordingDiff } from "./WordingDiff";

type Row = Pick<
  AmendmentRow,
  "id" | "sectionTitle" | "currentWording" | "proposedWording" | "decision" | "acceptedWording" | "decisionComment"
>;

/** A member's own amendments to the edition, each with its decision once taken. */
export function MyAmendments({ rows }: { rows: Row[] }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="mine-title" id="mine">
      <h2 id="mine-title">{t("amendments.mine")}</h2>
      {rows.length === 0 && <p className="muted">{t("amendments.mineNone")}</p>}
      <ol>
        {rows.map((r) => (
          <li key={r.id}>
            <h3>{r.sectionTitle}</h3>
            <WordingDiff current={r.currentWording} proposed={r.proposedWording} />
            <DecisionText decision={r.decision} acceptedWording={r.acceptedWording} comment={r.decisionComment} />
          </li>
        ))}
      </ol>
    </section>
  );
}
