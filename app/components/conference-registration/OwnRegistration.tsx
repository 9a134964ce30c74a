import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { WorkplaceFields, type WorkplaceValues } from "./WorkplaceFields";
import type { ParticipantKind, RegistrationStatus } from "~/lib/conference-kinds";

export interface OwnRegistrationView {
  name: string;
  email: string;
  organisation: string;
  organisationKind: ParticipantKind;
  country: string;
  position: string;
  status: RegistrationStatus;
}
export type CorrectionValues = WorkplaceValues;

/** The registrant's correction form: what they may change themselves (not the name's owner's address). */
export function CorrectionForm(props: {
  registration: OwnRegistrationView;
  values?: CorrectionValues;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useI18n();
  const r = props.registration;
  const v = props.values ?? {};
  return (
    <Form method="post" noValidate className="registration-form">
      <input type="hidden" name="intent" value="correct" />
      <WorkplaceFields values={{ ...r, ...v }} errors={props.errors} />
      <SubmitButton pendingLabel={t("form.saving")}>{t("registrant.correct.submit")}</SubmitButton>
    </Form>
  );
}

/** Withdrawal, said plainly before the button: it erases, and cannot be undone. */
export function WithdrawForm() {
  const { t } = useI18n();
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="withdraw" />
      <p>{t("registrant.withdraw.body")}</p>
      <SubmitButton className="button button--danger" pendingLabel={t("form.saving")}>
        {t("registrant.withdraw.submit")}
      </SubmitButton>
    </Form>
  );
}
