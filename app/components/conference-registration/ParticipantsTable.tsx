import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { TextAreaField } from "~/components/ui/Field";
import { SubmitButton } from "~/components/ui/SubmitButton";
import type { ParticipantKind, RegistrationStatus } from "~/lib/conference-kinds";
import { mayConfirm, mayDecline } from "~/lib/conference-registration/rules";
import { countryName } from "~/lib/countries";
import { textLimits } from "~/lib/text-rules";

export interface ParticipantRow {
  id: number;
  name: string;
  organisation: string;
  organisationKind: ParticipantKind;
  country: string;
  position: string;
  email: string;
  status: RegistrationStatus;
  checkedIn: boolean;
  /** Withdrawn, or past the retention period: name, position, address and organisation are gone (decision 0027). */
  erased: boolean;
}

export const statusTone: Record<RegistrationStatus, string> = {
  pending: "badge--warn",
  confirmed: "badge--ok",
  declined: "badge--bad",
  withdrawn: "badge--info",
};

/** The registrations, with the organisers' decision beside each (confirm; decline with an optional reason). */
export function ParticipantsTable({ rows, mayManage }: { rows: readonly ParticipantRow[]; mayManage: boolean }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-wrap">
      <table className="participants-table">
        <thead>
          <tr>
            <th scope="col">{t("registration.participants.col.name")}</th>
            <th scope="col">{t("registration.participants.col.organisation")}</th>
            <th scope="col">{t("registration.participants.col.country")}</th>
            <th scope="col">{t("registration.participants.col.status")}</th>
            {mayManage && <th scope="col">{t("registration.participants.col.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} id={`registration-${r.id}`}>
              <td>
                {r.erased ? (
                  <span className="muted">{t("registrant.erased")}</span>
                ) : (
                  <>
                    <strong>{r.name}</strong>
                    <br />
                    <span className="muted">{r.position}</span>
                    <br />
                    <span className="mono">{r.email}</span>
                  </>
                )}
              </td>
              <td>
                {r.organisation}
                <br />
                <span className="muted">{t(`registration.kind.${r.organisationKind}`)}</span>
              </td>
              <td>{countryName(r.country, locale)}</td>
              <td>
                <span className={`badge ${statusTone[r.status]}`}>{t(`registration.status.${r.status}`)}</span>
                {r.checkedIn && (
                  <>
                    {" "}
                    <span className="badge badge--info">{t("registration.checkedIn")}</span>
                  </>
                )}
              </td>
              {mayManage && (
                <td>
                  {!r.erased && mayConfirm(r.status) && (
                    <Form method="post">
                      <input type="hidden" name="registrationId" value={r.id} />
                      <SubmitButton
                        name="intent"
                        value="confirm"
                        aria-label={`${t("registration.participants.confirm")}: ${r.name}`}
                      >
                        {t("registration.participants.confirm")}
                      </SubmitButton>
                    </Form>
                  )}
                  {!r.erased && mayDecline(r.status) && (
                    <details>
                      <summary>{t("registration.participants.decline")}</summary>
                      <Form method="post" aria-label={t("registration.participants.declineOf", { name: r.name })}>
                        <input type="hidden" name="registrationId" value={r.id} />
                        <TextAreaField
                          label={t("registration.participants.reason")}
                          name="reason"
                          rows={2}
                          maxLength={textLimits.shortText}
                        />
                        <SubmitButton name="intent" value="decline" className="button button--danger">
                          {t("registration.participants.decline")}
                        </SubmitButton>
                      </Form>
                    </details>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
