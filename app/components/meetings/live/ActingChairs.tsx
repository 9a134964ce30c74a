import { useI18n } from "~/components/i18n";
import type { LiveView } from "../../../web/live-view.server";

/** R5 (3.3, 3.6): who chairs for each side; when the co-chair is absent, the deputy acts, and the page says so plainly. */
export function ActingChairs({ sides }: { sides: LiveView["sides"] }) {
  const { t } = useI18n();
  return (
    <section className="card live-chairs" aria-labelledby="live-chairs-title">
      <h2 id="live-chairs-title">{t("meetingsLive.chair.title")}</h2>
      <dl className="live-chairs__list">
        {sides.map(({ id, name, chair }) => (
          <div key={id} className="live-chairs__side">
            <dt>{name}</dt>
            <dd className={chair.capacity === "deputy" ? "notice notice--warning" : undefined}>
              {chair.capacity === "co_chair" && t("meetingsLive.chair.coChair", { name: chair.name ?? "" })}
              {chair.capacity === "deputy" &&
                (chair.coChairName
                  ? t("meetingsLive.chair.deputy", { name: chair.name ?? "", coChair: chair.coChairName })
                  : t("meetingsLive.chair.deputyVacant", { name: chair.name ?? "" }))}
              {chair.capacity === null && t("meetingsLive.chair.nobody")}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
