import { useI18n } from "~/components/i18n";
import type { BlockDiff, WordPart } from "~/lib/text-diff";

/**
 * A comparison, block by block. Changes are never told by colour alone: added text is <ins> (underlined, "+"),
 * removed text <del> (struck through, "−"), and a screen reader hears "added:" / "removed:" before each.
 */
export function VersionDiff({ diff, caption }: { diff: BlockDiff[]; caption?: string }) {
  const { t } = useI18n();
  return (
    <ol className="version-diff" aria-label={caption ?? t("protocolDraft.diff.caption")}>
      {diff.map((block, index) => (
        <li key={index} className={`version-diff__block version-diff__block--${block.op} version-diff__${block.kind}`}>
          <span className="version-diff__mark" aria-hidden="true">
            {block.op === "added" ? "+" : block.op === "removed" ? "−" : block.op === "changed" ? "±" : ""}
          </span>
          {block.op === "changed" ? (
            <span>
              <span className="visually-hidden">{`${t("protocolDraft.diff.changed")} `}</span>
              {block.parts.map((part, k) => (
                <Words key={k} part={part} />
              ))}
            </span>
          ) : block.op === "same" ? (
            <span>{block.text}</span>
          ) : (
            <Words part={{ op: block.op, text: block.text }} />
          )}
        </li>
      ))}
    </ol>
  );
}

function Words({ part }: { part: WordPart }) {
  const { t } = useI18n();
  if (part.op === "same") return <>{part.text}</>;
  const Tag = part.op === "added" ? "ins" : "del";
  const end = t(part.op === "added" ? "protocolDraft.diff.addedEnd" : "protocolDraft.diff.removedEnd");
  return (
    <Tag className={`version-diff__${part.op}`}>
      <span className="visually-hidden">{`${t(`protocolDraft.diff.${part.op}`)} `}</span>
      {part.text}
      <span className="visually-hidden">{` (${end})`}</span>
    </Tag>
  );
}
