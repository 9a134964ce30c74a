import { Form } from "@remix-run/react";
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { SelectField, TextField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { guestKinds } from "~/lib/meeting-states";
import { OrganisationSelect, type OrganisationOption } from "~/components/OrganisationSelect";
import { PresenceMark } from "./RollSection";
import type { FormResult, GuestRow } from "./types";

/** R12 (3.11): a co-chair (or deputy) invites an expert or observer; errors at the field they concern. */
function InviteForm({ result, organisations }: { result?: FormResult; organisations: OrganisationOption[] }) {
  const { t } = useI18n();
  const id = useId();
  const errors = result?.fieldErrors ?? {};
  const typed = (name: string) => (result ? String(result.values[name] ?? "") : undefined);
  return (
    <section className="card participants-invite" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("meetingsParticipants.invite.title")}</h3>
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <p className="muted">{t("meetingsParticipants.invite.lead")}</p>
      <Form method="post" noValidate>
        <TextField
          label={t("field.email")}
          name="email"
          type="email"
          autoComplete="off"
          required
          defaultValue={typed("email")}
          error={errors.email}
        />
        <TextField
          label={t("field.name")}
          name="name"
          autoComplete="off"
          required
          defaultValue={typed("name")}
          error={errors.name}
        />
        <OrganisationSelect
          organisations={organisations}
          defaultValue={typed("organisationId") ? Number(typed("organisationId")) : null}
          error={errors.organisationId}
        />
        <SelectField
          label={t("meetingsParticipants.invite.kind")}
          name="kind"
          defaultValue={typed("kind") || "expert"}
          error={errors.kind}
        >
          {guestKinds.map((k) => (
            <option key={k} value={k}>
              {t(`meetingsParticipants.guests.kind.${k}`)}
            </option>
          ))}
        </SelectField>
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
