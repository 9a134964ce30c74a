import { useI18n } from "~/components/i18n";
import type { MeetingStatus } from "~/lib/meeting-states";

const tone: Record<MeetingStatus, string> = {
  draft: "warn",
  convened: "info",
  in_progress: "ok",
  completed: "ok",
  cancelled: "bad",
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge--${tone[status]}`}>{t(`meeting.status.${status}`)}</span>;
}
