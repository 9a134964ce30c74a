import { useI18n } from "~/components/i18n";
import { ItemMaterials } from "./ItemMaterials";
import { ItemOpinions } from "./ItemOpinions";
import type { LiveView } from "../../../web/live-view.server";

/** The item under discussion, as the presiding co-chair set it, with what belongs to it. */
export function CurrentItem({ view }: { view: LiveView }) {
  const { t } = useI18n();
  const { current, items, meeting } = view;
  const idle =
    meeting.status === "completed" || meeting.status === "cancelled"
      ? t("meetingsLive.current.over")
      : items.length === 0
        ? t("meetingsLive.current.noAgenda")
        : meeting.status !== "in_progress"
          ? t("meetingsLive.current.notStarted")
          : t("meetingsLive.current.none");
  return (
    <section className="card live-current" aria-labelledby="live-current-title">
      <h2 id="live-current-title">{t("meetingsLive.current.title")}</h2>
      {/* Announced to screen readers when the chair moves on. */}
      <div aria-live="polite">
        {current ? (
          <>
            <p className="live-current__position">
              {t("meetingsLive.current.position", { n: current.number, total: items.length })}
            </p>
            <p className="live-current__title">{current.title}</p>
          </>
        ) : (
          <p className="live-current__idle">{idle}</p>
        )}
      </div>
      {current && (
        <>
          {current.description && <p className="live-current__description">{current.description}</p>}
          <p className="muted">
            {current.speakers && <>{t("meetingsLive.current.speakers", { speakers: current.speakers })} · </>}
            {t("meetingsLive.current.duration", { n: current.durationMinutes })}
          </p>
          <ItemMaterials meetingId={meeting.id} materials={view.materials} />
          <ItemOpinions meetingId={meeting.id} opinions={view.opinions} canMarkRead={view.can.markRead} />
        </>
      )}
    </section>
  );
}
