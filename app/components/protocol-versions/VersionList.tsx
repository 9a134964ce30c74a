import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";

export interface VersionRow {
  id: number;
  name: string;
  createdAt: string;
  createdByName: string;
}

/** The saved versions, newest first, each with a link to compare it with the current text. */
export function VersionList({ meetingId, versions }: { meetingId: number; versions: VersionRow[] }) {
  const { t, dateTime } = useI18n();
  if (versions.length === 0) return <p className="muted">{t("protocolDraft.versions.empty")}</p>;
  return (
    <div className="participants-table-wrap">
      <table className="protocol-versions">
        <caption className="visually-hidden">{t("protocolDraft.versions.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("protocolDraft.versions.col.name")}</th>
            <th scope="col">{t("protocolDraft.versions.col.savedAt")}</th>
            <th scope="col">{t("protocolDraft.versions.col.savedBy")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("protocolDraft.versions.compare")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <th scope="row">{v.name}</th>
              <td>
                <time dateTime={v.createdAt}>{dateTime(v.createdAt)}</time>
              </td>
              <td>{v.createdByName}</td>
              <td>
                <Link
                  to={`/meetings/${meetingId}/protocol/versions/${v.id}`}
                  aria-label={t("protocolDraft.versions.compareLabel", { name: v.name })}
                >
                  {t("protocolDraft.versions.compare")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
