import { Form } from "@remix-run/react";
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import type { OrganisationOption } from "~/components/OrganisationSelect";
import { PresenceMark } from "./RollSection";
import { GuestFields } from "./GuestFields";
import type { FormResult, GuestRow } from "./types";

/** R12 (3.11): a co-chair (or deputy) invites an expert or observer; errors at the field they concern. */
function InviteForm({ result, organisations }: { result?: FormResult; organisations: OrganisationOption[] }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="card participants-invite" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("meetingsParticipants.invite.title")}</h3>
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <p className="muted">{t("meetingsParticipants.invite.lead")}</p>
      <Form method="post" noValidate>
        <GuestFields result={result} organisations={organisations} />
        <SubmitButton name="intent" value="invite" pendingLabel={t("form.sending")}>
          {t("meetingsParticipants.invite.submit")}
        </SubmitButton>
      </Form>
    </section>
  );
}

/** Experts and observers, apart from the members: never counted for quorum. */
export function GuestsSection({
  guests,
  meUserId,
  canManage,
  result,
  organisations,
}: {
  guests: GuestRow[];
  meUserId: number;
  canManage: boolean;
  result?: FormResult;
  organisations: OrganisationOption[];
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="participants-guests" className="participants-guests">
      <h2 id="participants-guests">{t("meetingsParticipants.guests.title")}</h2>
      <p className="muted">{t("meetingsParticipants.guests.lead")}</p>
      {guests.length === 0 ? (
        <p className="muted">{t("meetingsParticipants.guests.empty")}</p>
      ) : (
        <div className="participants-table-wrap">
          <table className="participants-roll">
            <caption className="visually-hidden">{t("meetingsParticipants.guests.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("meetingsParticipants.col.person")}</th>
                <th scope="col">{t("meetingsParticipants.col.kind")}</th>
                <th scope="col">{t("meetingsParticipants.col.presence")}</th>
              </tr>
            </thead>
            <tbody>
              {guests.map((g) => (
                <tr key={g.userId} className={g.userId === meUserId ? "participants-me" : undefined}>
                  <th scope="row" className="participants-person">
                    <strong>{g.name}</strong>
                    {g.userId === meUserId && (
                      <span className="participants-you"> ({t("meetingsParticipants.you")})</span>
                    )}
                    {g.organisation && <div className="muted">{g.organisation}</div>}
                    {g.email && <div className="muted">{g.email}</div>}
                    {g.pending && (
                      <div className="participants-pending">{t("meetingsParticipants.guests.pending")}</div>
                    )}
                  </th>
                  <td>{t(`meetingsParticipants.guests.kind.${g.kind}`)}</td>
                  <td>
                    <PresenceMark presence={g.presence} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && <InviteForm result={result} organisations={organisations} />}
    </section>
  );
}
