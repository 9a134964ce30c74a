import { useId } from "react";
import { useI18n } from "~/components/i18n";
import type { LiveView } from "../../../web/live-view.server";
import { PresenceControl } from "./PresenceControl";

type Person = {
  userId: number;
  name: string;
  organisation: string | null;
  presence: LiveView["guests"][number]["presence"];
};

function PersonRow({
  meetingId,
  person,
  role,
  rsvp,
  canRegister,
}: {
  meetingId: number;
  person: Person;
  role: string;
  rsvp?: string;
  canRegister: boolean;
}) {
  const { t } = useI18n();
  const nameId = useId();
  const state = person.presence ?? "none";
  return (
    <li className={`live-person live-person--${state}`}>
      <div className="live-person__who">
        <strong id={nameId}>{person.name}</strong>
        <span className="live-person__meta">{[role, person.organisation].filter(Boolean).join(", ")}</span>
        {rsvp && <span className="live-person__meta">{t("meetingsLive.roll.rsvp", { answer: rsvp })}</span>}
      </div>
      <div className="live-person__state">
        <span className={`live-presence live-presence--${state}`}>{t(`meetingsLive.presence.${state}`)}</span>
        {canRegister && (
          <PresenceControl
            meetingId={meetingId}
            userId={person.userId}
            labelledBy={nameId}
            presence={person.presence}
          />
        )}
      </div>
    </li>
  );
}

/** Who is present, side by side; the guests apart, since they never count (R9, R12). */
export function RollCall({ view }: { view: LiveView }) {
  const { t } = useI18n();
  const canRegister = view.can.register;
  return (
    <section className="live-roll" aria-labelledby="live-roll-title">
      <h2 id="live-roll-title">{t("meetingsLive.roll.title")}</h2>
      {canRegister && <p className="muted">{t("meetingsLive.roll.lead")}</p>}
      <div className="live-roll__sides">
        {view.sides.map((side) => (
          <section key={side.id} className="card live-roll__side" aria-labelledby={`live-roll-side-${side.id}`}>
            <h3 id={`live-roll-side-${side.id}`}>
              {t("meetingsLive.roll.side", {
                side: side.name,
                present: side.quorum.present,
                members: side.quorum.members,
              })}
            </h3>
            {side.seats.length === 0 && <p className="muted">{t("meetingsLive.roll.empty")}</p>}
            <ul className="live-people">
              {side.seats.map((seat) => (
                <PersonRow
                  key={seat.userId}
                  meetingId={view.meeting.id}
                  person={seat}
                  role={t(`role.${seat.role}`)}
                  rsvp={t(`meetingsLive.rsvp.${seat.rsvp ?? "none"}`)}
                  canRegister={canRegister}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <section className="card live-roll__guests" aria-labelledby="live-roll-guests">
        <h3 id="live-roll-guests">{t("meetingsLive.guests.title")}</h3>
        <p className="muted">
          {view.guests.length === 0 ? t("meetingsLive.guests.empty") : t("meetingsLive.guests.lead")}
        </p>
        {view.guests.length > 0 && (
          <ul className="live-people">
            {view.guests.map((guest) => (
              <PersonRow
                key={guest.userId}
                meetingId={view.meeting.id}
                person={guest}
                role={t(`meetingsLive.guest.${guest.kind}`)}
                canRegister={canRegister}
              />
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
