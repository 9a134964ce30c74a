import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";

export interface GroupItem {
  id: number;
  title: string;
  /** Whether the reader may open the group's page (its members, administrators). */
  readable: boolean;
  meetings: readonly { id: number; number: number; startsAt: string | Date }[];
}

/** The working groups the partnership set up (sources/002, 6), each with the meetings the reader may read. */
export function WorkingGroupList({ groups }: { groups: readonly GroupItem[] }) {
  const { t, dateTime } = useI18n();
  return (
    <section className="card" aria-labelledby="partnership-groups">
      <h2 id="partnership-groups">{t("partnership.page.groups")}</h2>
      {groups.length === 0 ? (
        <p className="muted">{t("partnership.page.noGroups")}</p>
      ) : (
        <ul>
          {groups.map((g) => (
            <li key={g.id}>
              {g.readable ? <Link to={`/bodies/${g.id}`}>{g.title}</Link> : g.title}
              {g.meetings.length > 0 && (
                <ul>
                  {g.meetings.map((m) => (
                    <li key={m.id}>
                      <Link to={`/meetings/${m.id}`}>
                        {t("partnership.page.meeting", { number: m.number, date: dateTime(m.startsAt) })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
