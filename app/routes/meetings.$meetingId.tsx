import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { ChangeProposal } from "~/components/meetings/ChangeProposal";
import { MeetingStatusBadge } from "~/components/meetings/MeetingStatusBadge";
import { useLiveMeeting } from "~/components/meetings/useLiveMeeting";
import { bodyTitle } from "~/lib/body-rules";
import { meetingFor } from "~/web/access.server";
import { intlOnce } from "~/lib/intl-once";
import { can } from "~/lib/policy";
import { localeOf } from "~/web/request.server";
import { pendingChangeOf } from "../../db/queries/rescheduling";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `№ ${data.meeting.number} · ${data.bodyTitle}` : "" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, meeting, body, scope } = meetingFor({ request, context, params }, "meeting.read");
  const manage = can(user, "meeting.manage", scope);
  // R2: a proposed change is shown to everyone who reads the meeting; the other sides' chairs decide on it.
  const change = meeting.status === "convened" ? pendingChangeOf(context.services.db, meeting.id, body.id) : null;
  const chairSides = scope.seats.filter((s) => s.role === "co_chair" || s.role === "deputy").map((s) => s.sideId);
  return {
    meeting: {
      id: meeting.id,
      number: meeting.number,
      status: meeting.status,
      startsAt: meeting.startsAt,
      durationMinutes: meeting.durationMinutes,
      place: meeting.place,
      format: meeting.format,
      videoLink: meeting.videoLink,
    },
    body: { id: body.id, timezone: body.timezone },
    bodyTitle: bodyTitle(body, localeOf(request, context)),
    isGuest: scope.seats.length === 0 && scope.guest !== null,
    can: { manage, readProtocol: can(user, "protocol.read", scope), decisions: can(user, "protocol.readFinal", scope) },
    change: change && {
      id: change.id,
      startsAt: change.startsAt,
      place: change.place,
      format: change.format,
      proposerName: change.proposerName,
      sideName: change.sideName,
      capacity: change.capacity,
      createdAt: change.createdAt,
      waitingFor: change.waitingFor,
      canDecide: manage && change.waitingFor.some((s) => chairSides.includes(s.id)),
      canWithdraw: change.proposedById === user.id,
    },
  };
}

/** The frame of every page of a meeting: what, when, where, and its sections; it keeps them live. */
export default function MeetingFrame() {
  const { t, dateTime, locale, timeZone } = useI18n();
  const { meeting, body, bodyTitle: title, isGuest, can, change } = useLoaderData<typeof loader>();
  const live = useLiveMeeting(meeting.id);
  const inBodyTime = intlOnce(
    `time ${locale} ${body.timezone}`,
    () =>
      new Intl.DateTimeFormat(locale === "ru" ? "ru-RU" : "en-GB", {
        hour: "2-digit",
        minute: "2-digit",
        timeZone: body.timezone,
        timeZoneName: "short",
      }),
  ).format(new Date(meeting.startsAt));
  return (
    <>
      <p>{isGuest ? <span className="muted">{title}</span> : <Link to={`/bodies/${body.id}`}>← {title}</Link>}</p>
      <div className="page-header">
        <div>
          <MeetingStatusBadge status={meeting.status} />
          <h1>{t("meeting.title", { n: meeting.number })}</h1>
          <p className="page-header__lead">
            {dateTime(meeting.startsAt)}
            {timeZone !== body.timezone && (
              <span className="muted"> ({t("meeting.bodyTime", { time: inBodyTime })})</span>
            )}
            <br />
            {t(`meeting.format.${meeting.format}`)}
            {meeting.place && <> · {meeting.place}</>}
            {meeting.videoLink && (
              <>
                {" · "}
                <a href={meeting.videoLink} rel="noreferrer noopener" target="_blank">
                  {t("meeting.joinVideo")}
                </a>
              </>
            )}
          </p>
        </div>
        <p className={`live-state live-state--${live}`} role="status">
          {t(`meeting.live.${live}`)}
        </p>
      </div>
      {change && <ChangeProposal meetingId={meeting.id} proposal={change} />}
      <nav className="sub-nav" aria-label={t("meeting.sections")}>
        <NavLink to={`/meetings/${meeting.id}`} end>
          {t("meeting.tab.agenda")}
        </NavLink>
        <NavLink to={`/meetings/${meeting.id}/participants`}>{t("meeting.tab.participants")}</NavLink>
        <NavLink to={`/meetings/${meeting.id}/live`}>{t("meeting.tab.live")}</NavLink>
        {can.readProtocol && <NavLink to={`/meetings/${meeting.id}/protocol`}>{t("protocolEditor.tab")}</NavLink>}
        {can.decisions && <NavLink to={`/meetings/${meeting.id}/decisions`}>{t("assignments.tab")}</NavLink>}
        {can.manage && <NavLink to={`/meetings/${meeting.id}/edit`}>{t("meeting.tab.edit")}</NavLink>}
      </nav>
      <Outlet />
    </>
  );
}
