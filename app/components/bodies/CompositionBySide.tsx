import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { type MemberRole } from "~/lib/roles";

export interface SideComposition {
  side: { id: number; name: string; countryName: string | null; organisationName: string | null };
  seats: {
    membershipId: number;
    name: string;
    organisation: string | null;
    position: string;
    role: MemberRole;
    /** R5 (3.3): a co-chair's recorded absence periods, days in the body's timezone */
    away?: { from: string; to: string }[];
  }[];
  canChange: boolean;
}

/** Each side as a table: who holds which role, with organisation and position; officers first. */
export function CompositionBySide({
  composition,
  bodyId,
  editable,
}: {
  composition: SideComposition[];
  bodyId: number;
  editable: boolean;
}) {
  const { t, locale } = useI18n();
  const day = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString(locale === "ru" ? "ru-RU" : "en-GB");
  return (
    <>
      {composition.map(({ side, seats, canChange }) => (
        <section key={side.id} className="card side-card" aria-labelledby={`side-${side.id}`}>
          <div className="side-card__head">
            <h3 id={`side-${side.id}`}>{side.name}</h3>
            {editable && canChange && (
              <Link className="button button--quiet" to={`/bodies/${bodyId}/sides/${side.id}`}>
                {t("side.manage")}
              </Link>
            )}
          </div>
          <p className="muted">{[side.countryName, side.organisationName].filter(Boolean).join(" · ")}</p>
          {seats.length === 0 ? (
            <p className="empty">{t("side.empty")}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t("side.compositionOf", { side: side.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("side.role")}</th>
                    <th scope="col">{t("field.name")}</th>
                    <th scope="col">{t("field.organisation")}</th>
                    <th scope="col">{t("field.position")}</th>
                  </tr>
                </thead>
                <tbody>
                  {seats.map((s) => (
                    <tr key={s.membershipId}>
                      <td>
                        {s.role === "member" ? t("role.member") : <strong>{t(`role.${s.role}`)}</strong>}
                        {s.away?.map((a) => (
                          <div key={a.from} className="muted">
                            {t("absence.period", { from: day(a.from), to: day(a.to) })}
                          </div>
                        ))}
                      </td>
                      <td>{s.name}</td>
                      <td>{s.organisation ?? "—"}</td>
                      <td>{s.position || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {seats.length > 0 && !seats.some((s) => s.role === "co_chair") && (
            <Notice tone="warning">{t("side.noCoChair")}</Notice>
          )}
        </section>
      ))}
    </>
  );
}
