import { useI18n } from "~/components/i18n";

const tone = { active: "ok", invited: "warn", disabled: "bad" } as const;

export function UserStatusBadge({ status }: { status: "active" | "invited" | "disabled" }) {
  const { t } = useI18n();
  return <span className={`badge badge--${tone[status]}`}>{t(`user.status.${status}`)}</span>;
}
