import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import type { LibraryKind } from "~/lib/library/kinds";

export interface MaterialItem {
  id: number;
  title: string;
  kind: LibraryKind;
  createdAt: string | Date;
}

/** What the parties published: library documents of the partnership and its groups, newest first. */
export function MaterialList({ materials, feedHref }: { materials: readonly MaterialItem[]; feedHref: string | null }) {
  const { t, date } = useI18n();
  return (
    <section className="card" aria-labelledby="partnership-materials">
      <h2 id="partnership-materials">{t("partnership.page.materials")}</h2>
      {materials.length === 0 ? (
        <p className="muted">{t("partnership.page.noMaterials")}</p>
      ) : (
        <ul>
          {materials.map((m) => (
            <li key={m.id}>
              <Link to={`/library/${m.id}`}>{m.title}</Link>{" "}
              <span className="muted">
                {t(`library.kind.${m.kind}`)}, {date(m.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {feedHref && (
        <p>
          <a href={feedHref} type="application/atom+xml">
            {t("partnership.page.feed")}
          </a>
        </p>
      )}
    </section>
  );
}
