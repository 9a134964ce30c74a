import { Form } from "@remix-run/react";
import { textLimits } from "~/lib/text-rules";
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import type { OrganisationOption } from "~/components/OrganisationSelect";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { GuestFields } from "./GuestFields";
import type { FormResult, ProposalRow } from "./types";

function ReasonField({ label, error, defaultValue }: { label: string; error?: string; defaultValue?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name="reason"
        maxLength={textLimits.shortText}
        rows={3}
        required
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
      />
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}

/** R12 (3.11): a member proposes an expert or observer: who, from where, and why. */
function ProposeForm({ result, organisations }: { result?: FormResult; organisations: OrganisationOption[] }) {
  const { t } = useI18n();
  const id = useId();
  const errors = result?.fieldErrors ?? {};
  const typed = (name: string) => (result ? String(result.values[name] ?? "") : undefined);
  return (
    <section className="card participants-invite" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("guestProposal.form.title")}</h3>
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <p className="muted">{t("guestProposal.form.lead")}</p>
      <Form method="post" noValidate>
        <GuestFields result={result} organisations={organisations} />
        <ReasonField label={t("guestProposal.form.reason")} error={errors.reason} defaultValue={typed("reason")} />
        <SubmitButton name="intent" value="propose" pendingLabel={t("form.sending")}>
          {t("guestProposal.form.submit")}
        </SubmitButton>
      </Form>
    </section>
  );
}

/** A co-chair's decision on one pending proposal: invite, or decline with a reason. */
function Decision({ proposal, result }: { proposal: ProposalRow; result?: FormResult }) {
  const { t } = useI18n();
  const mine = result && String(result.values.proposalId ?? "") === String(proposal.id);
  return (
    <div className="proposal-decision">
      {mine && result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <Form method="post">
        <input type="hidden" name="proposalId" value={proposal.id} />
        <SubmitButton name="intent" value="inviteProposal" pendingLabel={t("form.sending")}>
          {t("guestProposal.invite")}
        </SubmitButton>
      </Form>
      <Form method="post" noValidate>
        <input type="hidden" name="proposalId" value={proposal.id} />
        <ReasonField label={t("guestProposal.declineReason")} error={mine ? result?.fieldErrors.reason : undefined} />
        <SubmitButton name="intent" value="declineProposal" className="button button--quiet">
          {t("guestProposal.decline")}
        </SubmitButton>
      </Form>
    </div>
  );
}

/** Members' proposals of experts and observers, the co-chairs' decisions, and the form to propose. */
export function ProposalsSection(props: {
  proposals: ProposalRow[];
  canPropose: boolean;
  canDecide: boolean;
  proposeResult?: FormResult;
  decisionResult?: FormResult;
  organisations: OrganisationOption[];
}) {
  const { t } = useI18n();
  const { proposals } = props;
  return (
    <section aria-labelledby="participants-proposals" className="participants-guests">
      <h2 id="participants-proposals">{t("guestProposal.title")}</h2>
      <p className="muted">{t("guestProposal.lead")}</p>
      {proposals.length === 0 ? (
        <p className="muted">{t("guestProposal.empty")}</p>
      ) : (
        <div className="participants-table-wrap">
          <table className="participants-roll">
            <caption className="visually-hidden">{t("guestProposal.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("guestProposal.col.proposal")}</th>
                <th scope="col">{t("guestProposal.col.reason")}</th>
                <th scope="col">{t("guestProposal.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="participants-person">
                    <strong>{p.name}</strong> — {t(`meetingsParticipants.guests.kind.${p.kind}`)}
                    {p.organisation && <div className="muted">{p.organisation}</div>}
                    {p.email && <div className="muted">{p.email}</div>}
                    <div className="muted">{t("guestProposal.by", { name: p.proposerName })}</div>
                  </th>
                  <td className="proposal-reason">{p.reason}</td>
                  <td>
                    {p.status === "declined"
                      ? t("guestProposal.status.declined", { reason: p.declineReason ?? "" })
                      : t(`guestProposal.status.${p.status}`)}
                    {p.status === "pending" && props.canDecide && (
                      <Decision proposal={p} result={props.decisionResult} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.canPropose && <ProposeForm result={props.proposeResult} organisations={props.organisations} />}
    </section>
  );
}
