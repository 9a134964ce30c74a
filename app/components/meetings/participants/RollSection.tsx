import { useI18n } from "~/components/i18n";
import { ShareBar } from "~/components/ui/ShareBar";
import { rsvpAnswers } from "~/lib/meeting-states";
import type { MeetingStatus, RollSeat, RollSide } from "./types";

// The same colours as the badges: green in person, blue by video, red absent, grey no answer yet.
const colours = { in_person: "var(--ok)", video: "var(--accent)", absent: "var(--bad)", none: "#8a94a3" } as const;

/** The answers of one side as a bar, with every number written out beside it. */
function SideAnswers({ side }: { side: RollSide }) {
  const { t } = useI18n();
  const count = (answer: RollSeat["rsvp"]) => side.seats.filter((s) => s.rsvp === answer).length;
  const parts = [
    ...rsvpAnswers.map((a) => ({ label: t(`meetingsParticipants.share.${a}`), value: count(a), color: colours[a] })),
    { label: t("meetingsParticipants.share.none"), value: count(null), color: colours.none },
  ];
  return <ShareBar label={t("meetingsParticipants.answersOf", { side: side.name })} parts={parts} />;
}

function AnswerBadge({ answer }: { answer: RollSeat["rsvp"] }) {
  const { t } = useI18n();
  if (!answer) return <span className="muted">{t("meetingsParticipants.answer.none")}</span>;
  const tone = answer === "absent" ? "bad" : answer === "video" ? "info" : "ok";
  return <span className={`badge badge--${tone}`}>{t(`meetingsParticipants.answer.${answer}`)}</span>;
}

export function PresenceMark({ presence }: { presence: RollSeat["presence"] }) {
  const { t } = useI18n();
  if (!presence) return <span className="muted">{t("meetingsParticipants.presence.none")}</span>;
  return <span className="participants-present">{t(`meetingsParticipants.presence.${presence}`)}</span>;
}

/**
 * The roll: each side's members as the composition stood on the meeting's date, with their answer to the
 * invitation and, once the secretary registers it, their presence. Guests are never part of it.
 */
export function RollSection({
  sides,
  meUserId,
  status,
  date,
}: {
  sides: RollSide[];
  meUserId: number;
  status: MeetingStatus;
  date: string;
}) {
  const { t } = useI18n();
  const registering =
    status === "in_progress" || status === "completed" || sides.some((s) => s.seats.some((seat) => seat.presence));
  return (
    <section aria-labelledby="participants-roll">
      <h2 id="participants-roll">{t("meetingsParticipants.rollTitle")}</h2>
      <p className="muted">{t("meetingsParticipants.rollLead", { date })}</p>
      {sides.length === 0 && <p className="empty">{t("meetingsParticipants.rollEmpty")}</p>}
      {sides.map((side) => {
        const answered = side.seats.filter((s) => s.rsvp).length;
        const present = side.seats.filter((s) => s.presence).length;
        return (
          <section key={side.id} className="card participants-side" aria-labelledby={`participants-side-${side.id}`}>
            <h3 id={`participants-side-${side.id}`}>
              {t("meetingsParticipants.sideCaption", { side: side.name, n: side.seats.length })}
            </h3>
            {side.seats.length === 0 ? (
              <p className="muted">{t("meetingsParticipants.sideEmpty")}</p>
            ) : (
              <>
                <SideAnswers side={side} />
                <p className="participants-counts">
                  {t("meetingsParticipants.answered", { answered, total: side.seats.length })}
                  {registering && <> {t("meetingsParticipants.presentCount", { present, total: side.seats.length })}</>}
                </p>
                <div className="participants-table-wrap">
                  <table className="participants-roll">
                    <caption className="visually-hidden">{side.name}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("meetingsParticipants.col.person")}</th>
                        <th scope="col">{t("meetingsParticipants.col.organisation")}</th>
                        <th scope="col">{t("meetingsParticipants.col.answer")}</th>
                        <th scope="col">{t("meetingsParticipants.col.presence")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {side.seats.map((seat) => (
                        <tr key={seat.userId} className={seat.userId === meUserId ? "participants-me" : undefined}>
                          <th scope="row" className="participants-person">
                            <strong>{seat.name}</strong>
                            {seat.userId === meUserId && (
                              <span className="participants-you"> ({t("meetingsParticipants.you")})</span>
                            )}
                            <div className="muted">{t(`role.${seat.role}`)}</div>
                          </th>
                          <td>
                            {seat.organisation && <div>{seat.organisation}</div>}
                            {seat.position && <div className="muted">{seat.position}</div>}
                          </td>
                          <td>
                            <AnswerBadge answer={seat.rsvp} />
                          </td>
                          <td>
                            <PresenceMark presence={seat.presence} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        );
      })}
    </section>
  );
}
