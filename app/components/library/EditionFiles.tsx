import { useI18n } from "~/components/i18n";

interface Props {
  documentId: number;
  editions: { id: number; number: number }[];
  files: { id: number; editionId: number; format: string; name: string; size: number }[];
}

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The original files of each edition, to download (the same readers as the document's). */
export function EditionFiles({ documentId, editions, files }: Props) {
  const { t } = useI18n();
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="originals" className="card">
      <h2 id="originals">{t("libraryEditions.files.title")}</h2>
      <ul>
        {editions
          .filter((e) => files.some((f) => f.editionId === e.id))
          .map((e) => (
            <li key={e.id}>
              {t("libraryEditions.files.edition", { n: e.number })}
              <ul>
                {files
                  .filter((f) => f.editionId === e.id)
                  .map((f) => (
                    <li key={f.id}>
                      <a href={`/library/${documentId}/files/${f.id}`} download>
                        {t("libraryEditions.files.item", {
                          name: f.name,
                          format: f.format.toUpperCase(),
                          size: size(f.size),
                        })}
                      </a>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
      </ul>
    </section>
  );
}
