import { Form, Link } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import type { SigningView } from "~/web/signing-view.server";

/** The secretaries' finalise (with the quorum warning, R9) and reopen/correct; a signatory's «Подписать». */
export function FinalisingActions({ view }: { view: SigningView }) {
  const { t } = useI18n();
  const base = `/meetings/${view.meetingId}/protocol`;
  const signed = view.signatories.some((s) => s.signedAt);
  if (!view.can.finalise && !view.can.reopen && !view.can.sign) return null;
  return (
    <div className="finalising-actions">
      {view.can.sign && (
        <p>
          <Link className="button" to={`${base}/sign`}>
            {t("signing.action.sign")}
          </Link>
        </p>
      )}
      {view.can.finalise && (
        <Form method="post" action={`${base}/finalise`}>
          {view.quorate === false && <Notice tone="warning">{t("signing.action.noQuorumWarning")}</Notice>}
          <p className="muted">{t("signing.action.finaliseHint")}</p>
          <SubmitButton>{t("signing.action.finalise")}</SubmitButton>
        </Form>
      )}
      {view.can.reopen && (
        <Form method="post" action={`${base}/reopen`}>
          <p className="muted">{t(signed ? "signing.action.correctHint" : "signing.action.reopenHint")}</p>
          <SubmitButton className="button button--quiet">
            {t(signed ? "signing.action.correct" : "signing.action.reopen")}
          </SubmitButton>
        </Form>
      )}
    </div>
  );
}
