import { useI18n } from "~/components/i18n";
import { hoursIn } from "~/lib/conferences/when";
import type { ConferencePage } from "~/web/conference-page.server";

type Item = ConferencePage["programme"][number];

function Person({ speaker }: { speaker: Item["speakers"][number] }) {
  const where = [speaker.organisation, speaker.country].filter(Boolean).join(", ");
  return (
    <li>
      <span className="speaker__name">{speaker.name}</span>
      {where && <span className="muted"> — {where}</span>}
      {speaker.topic && <span className="speaker__topic">«{speaker.topic}»</span>}
    </li>
  );
}

/** The programme as a visitor reads it: times in the conference's zone, who moderates and who speaks, materials. */
export function ProgrammeView(props: { conferenceId: number; items: Item[]; timeZone: string }) {
  const { t, locale } = useI18n();
  if (props.items.length === 0) return <p className="empty">{t("programme.empty")}</p>;
  return (
    <ol className="programme">
      {props.items.map((item) => {
        const moderators = item.speakers.filter((s) => s.role === "moderator");
        const speakers = item.speakers.filter((s) => s.role === "speaker");
        return (
          <li key={item.id} className={`programme__item programme__item--${item.kind}`}>
            <p className="programme__time">
              <time dateTime={item.startsAt}>
                {hoursIn(new Date(item.startsAt), new Date(item.endsAt), locale, props.timeZone)}
              </time>
              {item.room && <span className="muted"> · {item.room}</span>}
            </p>
            <h3>
              {item.kind !== "session" && <span className="badge">{t(`programme.kind.${item.kind}`)}</span>}{" "}
              {item.title}
            </h3>
            {item.description && <p className="programme__description">{item.description}</p>}
            {moderators.length > 0 && (
              <div>
                <h4>{t(moderators.length > 1 ? "programme.moderators" : "programme.moderator")}</h4>
                <ul className="speakers">
                  {moderators.map((s) => (
                    <Person key={s.id} speaker={s} />
                  ))}
                </ul>
              </div>
            )}
            {speakers.length > 0 && (
              <div>
                <h4>{t("programme.speakers")}</h4>
                <ul className="speakers">
                  {speakers.map((s) => (
                    <Person key={s.id} speaker={s} />
                  ))}
                </ul>
              </div>
            )}
            {item.materials.length > 0 && (
              <div>
                <h4>{t("programme.materials")}</h4>
                <ul className="materials">
                  {item.materials.map((m) => (
                    <li key={m.id}>
                      <a href={`/conferences/${props.conferenceId}/materials/${m.id}`} download>
                        {m.title}
                      </a>{" "}
                      <span className="muted">
                        ({m.isPublic ? t("programme.material.public") : t("programme.material.participants")})
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
