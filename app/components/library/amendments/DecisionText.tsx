import { useI18n } from "~/components/i18n";
import type { MessageKey } from "~/lib/i18n-core";

/** A decision as the table states it: accepted, accepted in part (with the wording accepted), rejected; its comment. */
export function DecisionText({
  decision,
  acceptedWording,
  comment,
}: {
  decision: string | null;
  acceptedWording: string | null;
  comment: string;
}) {
  const { t } = useI18n();
  return (
    <div>
      <strong>{t(`amendments.decision.${decision ?? "none"}` as MessageKey)}</strong>
      {decision === "accepted_in_part" && acceptedWording && <p className="amendment-wording">{acceptedWording}</p>}
      {comment && <p className="amendment-wording">{comment}</p>}
    </div>
  );
}
