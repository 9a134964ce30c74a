import { Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { deadlineText } from "~/lib/library/amendment-format";

/** Where the edition stands: open until the deadline, closed since it («Приём поправок завершён …»), or neither. */
export function AmendmentStatus({
  docId,
  edition,
  timeZone,
  open,
  next,
}: {
  docId: number;
  edition: { amendable: boolean; amendmentsUntil: Date | string | null };
  timeZone: string;
  open: boolean;
  next: { number: number } | null;
}) {
  const { t, locale } = useI18n();
  const until = edition.amendmentsUntil;
  return (
    <>
      {until === null ? (
        <Notice tone="info">{edition.amendable ? t("amendments.notOpened") : t("amendments.notDraft")}</Notice>
      ) : open ? (
        <Notice tone="info">{t("amendments.openUntil", { deadline: deadlineText(until, locale, timeZone) })}</Notice>
      ) : (
        <Notice tone="warning">{t("amendments.closedAt", { deadline: deadlineText(until, locale, timeZone) })}</Notice>
      )}
      {next && (
        <p>
          <Link to={`/library/${docId}`}>{t("amendments.nextMade", { n: next.number })}</Link>
        </p>
      )}
    </>
  );
}
