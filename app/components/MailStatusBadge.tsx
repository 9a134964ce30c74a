import { useI18n } from "~/components/i18n";

const tone = { sent: "ok", pending: "warn", failed: "bad" } as const;

export function MailStatusBadge({ status }: { status: "sent" | "pending" | "failed" }) {
  const { t } = useI18n();
  return <span className={`badge badge--${tone[status]}`}>{t(`outbox.status.${status}`)}</span>;
}
