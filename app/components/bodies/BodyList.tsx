import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { bodyTitle } from "~/lib/body-rules";
import type { BodyKind } from "~/lib/quorum-rule-kinds";
import type { MemberRole } from "~/lib/roles";

export interface BodyListItem {
  body: { id: number; kind: BodyKind; titleRu: string; titleEn: string | null; description: string };
  seat: { role: MemberRole; sideName: string } | null;
  members: number;
}

/** Cards of bodies with the reader's own seat in each; an honest empty state when there are none. */
export function BodyList({ bodies }: { bodies: BodyListItem[] }) {
  const { t, locale } = useI18n();
  if (bodies.length === 0) return <p className="empty">{t("home.noBodies")}</p>;
  return (
    <ul className="body-list">
      {bodies.map(({ body, seat, members }) => (
        <li key={body.id} className="body-card">
          <span className="badge badge--info">{t(`body.kind.${body.kind}`)}</span>
          <h3>
            <Link to={`/bodies/${body.id}`}>{bodyTitle(body, locale)}</Link>
          </h3>
          {body.description && <p className="muted">{body.description}</p>}
          {body.kind === "partnership" && (
            <p>
              <Link to={`/partnerships/${body.id}`}>{t("partnership.link")}</Link>
            </p>
          )}
          <p className="body-card__meta">
            {seat ? t("bodies.mySeat", { role: t(`role.${seat.role}`), side: seat.sideName }) : t("bodies.notSeated")} ·{" "}
            {t("bodies.members", { n: members })}
          </p>
        </li>
      ))}
    </ul>
  );
}
