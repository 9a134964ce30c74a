import { useI18n } from "~/components/i18n";
import { VersionDiff } from "~/components/protocol-versions/VersionDiff";
import type { SectionDiff } from "~/lib/library/compare";
import type { WordPart } from "~/lib/text-diff";

/**
 * Sections side by side in reading order: an added or removed section is said so in words (never by colour
 * alone), a changed one shows its paragraphs as the protocol's comparison does (<ins>/<del>, read aloud).
 */
export function EditionComparison({ diff, language }: { diff: SectionDiff[]; language: string }) {
  const { t } = useI18n();
  return (
    <div className="card library-compare" lang={language}>
      {diff.map((s, i) => {
        const Heading = s.level <= 1 ? "h2" : "h3";
        return (
          <section key={i} className={`library-compare__section library-compare__section--${s.op}`}>
            <Heading>
              {s.number && `${s.number}. `}
              <HeadingWords parts={s.heading} fallback={t("library.doc.preamble")} />
              {s.op !== "same" && (
                <span className="badge library-compare__badge">{` ${t(`libraryEditions.compare.section.${s.op}`)}`}</span>
              )}
            </Heading>
            {s.op === "same" ? (
              <details>
                <summary>{t("libraryEditions.compare.unchangedSection")}</summary>
                <VersionDiff diff={s.blocks} caption={t("libraryEditions.compare.caption")} />
              </details>
            ) : (
              <VersionDiff diff={s.blocks} caption={t("libraryEditions.compare.caption")} />
            )}
          </section>
        );
      })}
    </div>
  );
}

function HeadingWords({ parts, fallback }: { parts: WordPart[]; fallback: string }) {
  if (parts.every((p) => !p.text)) return <>{fallback}</>;
  return (
    <>
      {parts.map((p, k) =>
        p.op === "added" ? <ins key={k}>{p.text}</ins> : p.op === "removed" ? <del key={k}>{p.text}</del> : p.text,
      )}
    </>
  );
}
