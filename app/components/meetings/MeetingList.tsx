import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import type { MeetingStatus } from "~/lib/meeting-states";
import { MeetingStatusBadge } from "./MeetingStatusBadge";

export interface MeetingListItem {
  id: number;
  number: number;
  status: MeetingStatus;
  startsAt: string | Date;
  place: string;
  bodyTitle?: string;
}

export function MeetingList({ meetings, empty }: { meetings: MeetingListItem[]; empty: string }) {
  const { t, dateTime } = useI18n();
  if (meetings.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <li key={m.id}>
          <Link to={`/meetings/${m.id}`}>{t("meeting.title", { n: m.number })}</Link>{" "}
          <MeetingStatusBadge status={m.status} />
          <div className="muted">
            {dateTime(m.startsAt)}
            {m.place && ` · ${m.place}`}
          </div>
          {m.bodyTitle && <div className="muted">{m.bodyTitle}</div>}
        </li>
      ))}
    </ul>
  );
}
