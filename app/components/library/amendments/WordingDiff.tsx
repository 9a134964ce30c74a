import { useI18n } from "~/components/i18n";
import { wordingDiff } from "~/lib/library/wording-diff";

/** The proposed wording with what it changes in the current one: removed words struck out, added ones underlined. */
export function WordingDiff({ current, proposed }: { current: string; proposed: string }) {
  const { t } = useI18n();
  return (
    <div className="amendment-wording">
      {wordingDiff(current, proposed).map((part, i) =>
        part.op === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.op === "removed" ? (
          <del key={i} className="version-diff__removed" title={t("amendments.diff.removed")}>
            {part.text}
          </del>
        ) : (
          <ins key={i} className="version-diff__added" title={t("amendments.diff.added")}>
            {part.text}
          </ins>
        ),
      )}
    </div>
  );
}
