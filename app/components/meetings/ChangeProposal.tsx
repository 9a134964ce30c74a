import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SubmitButton } from "~/components/ui/SubmitButton";

export interface ChangeProposalView {
  id: number;
  startsAt: string | Date;
  place: string;
  format: "in_person" | "video" | "hybrid";
  proposerName: string;
  sideName: string;
  capacity: "co_chair" | "deputy";
  createdAt: string | Date;
  waitingFor: { id: number; name: string }[];
  canDecide: boolean;
  canWithdraw: boolean;
}

/** R2: a proposed new date, time or place, shown to both sides until the other side agrees or declines. */
export function ChangeProposal({ meetingId, proposal }: { meetingId: number; proposal: ChangeProposalView }) {
  const { t, dateTime } = useI18n();
  const action = `/meetings/${meetingId}/edit`;
  return (
    <section className="card notice notice--warning" aria-labelledby="change-proposal">
      <h2 id="change-proposal">{t("reschedule.pendingTitle")}</h2>
      <p>{t("reschedule.newWhen", { when: dateTime(proposal.startsAt) })}</p>
      <p>
        {t("reschedule.newPlace", {
          place: [t(`meeting.format.${proposal.format}`), proposal.place].filter(Boolean).join(" · "),
        })}
      </p>
      <p className="muted">
        {t("reschedule.proposedBy", {
          name: proposal.proposerName,
          capacity: t(`role.${proposal.capacity}`),
          side: proposal.sideName,
          when: dateTime(proposal.createdAt),
        })}
      </p>
      {proposal.waitingFor.length > 0 && (
        <p>{t("reschedule.waitingFor", { sides: proposal.waitingFor.map((s) => `«${s.name}»`).join(", ") })}</p>
      )}
      {(proposal.canDecide || proposal.canWithdraw) && (
        <Form method="post" action={action} className="actions">
          <input type="hidden" name="proposalId" value={proposal.id} />
          {proposal.canDecide && (
            <>
              <SubmitButton name="intent" value="agree" className="button">
                {t("reschedule.agree")}
              </SubmitButton>
              <SubmitButton name="intent" value="decline" className="button button--quiet">
                {t("reschedule.decline")}
              </SubmitButton>
            </>
          )}
          {proposal.canWithdraw && (
            <SubmitButton name="intent" value="withdraw" className="button button--quiet">
              {t("reschedule.withdraw")}
            </SubmitButton>
          )}
        </Form>
      )}
    </section>
  );
}
