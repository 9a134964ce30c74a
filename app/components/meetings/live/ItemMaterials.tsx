import { useI18n } from "~/components/i18n";
import type { LiveView } from "../../../web/live-view.server";

/** The current item's materials: circulated ones (on time, or late and accepted: R7), and for its author and the co-chairs a late one still to accept. */
export function ItemMaterials({ meetingId, materials }: { meetingId: number; materials: LiveView["materials"] }) {
  const { t } = useI18n();
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? t("meetingsLive.size.mb", { n: (bytes / 1024 / 1024).toFixed(1) })
      : t("meetingsLive.size.kb", { n: Math.max(1, Math.round(bytes / 1024)) });
  return (
    <section className="live-subsection" aria-labelledby="live-materials-title">
      <h3 id="live-materials-title">{t("meetingsLive.materials.title")}</h3>
      {materials.length === 0 && <p className="muted">{t("meetingsLive.materials.empty")}</p>}
      <ul className="live-materials">
        {materials.map((m) => (
          <li key={m.id} className="live-material">
            {m.file ? (
              <a href={`/meetings/${meetingId}/materials/${m.id}`} download>
                {m.title}
              </a>
            ) : (
              <strong>{m.title}</strong>
            )}
            {m.file && (
              <span className="live-material__meta">
                {t("meetingsLive.materials.file", { name: m.file.name, size: size(m.file.size) })}
              </span>
            )}
            <span className="live-material__meta">
              {t("meetingsLive.materials.by", { name: m.authorName })}
              {m.late && (
                <> · {t(m.accepted ? "meetingsLive.materials.lateAccepted" : "meetingsLive.materials.lateHidden")}</>
              )}
            </span>
            {m.text && <p className="live-material__text">{m.text}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
