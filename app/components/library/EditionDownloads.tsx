import { useI18n } from "~/components/i18n";

interface Props {
  documentId: number;
  editions: { number: number }[];
  /** The current edition's number: listed first. */
  current?: number;
}

/** Issue 11: every edition as PDF and as editable DOCX (`/library/<id>/editions/<n>.pdf|.docx`). */
export function EditionDownloads({ documentId, editions, current }: Props) {
  const { t } = useI18n();
  const others = editions.map((e) => e.number).filter((n) => n !== current);
  const numbers = current ? [current, ...others.reverse()] : others.reverse();
  if (!numbers.length) return null;
  return (
    <ul className="library-downloads" aria-label={t("protocolExport.download")}>
      {numbers.map((n) => (
        <li key={n}>
          {t("protocolExport.editionFiles", { n })}{" "}
          <a href={`/library/${documentId}/editions/${n}.pdf`} download>
            {t("protocolExport.pdf")}
          </a>
          {" · "}
          <a href={`/library/${documentId}/editions/${n}.docx`} download>
            {t("protocolExport.docx")}
          </a>
        </li>
      ))}
    </ul>
  );
}
