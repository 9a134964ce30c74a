/** The participants' proposals beside the editor (issue 12): who sent each, and the organisers' mark on it. */
import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { SubmitButton } from "~/components/ui/SubmitButton";
import type { OutcomeProposalStatus } from "~/lib/conference-kinds";

export interface ProposalRow {
  id: number;
  text: string;
  status: OutcomeProposalStatus;
  from: string;
}

export function ProposalsPanel({ proposals, canDecide }: { proposals: ProposalRow[]; canDecide: boolean }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t("outcome.proposals.title")}</h2>
      {proposals.length === 0 && <p className="muted">{t("outcome.proposals.none")}</p>}
      <ol className="outcome-proposals">
        {proposals.map((p) => (
          <li key={p.id} className="outcome-proposal" data-status={p.status}>
            <p className="muted">
              {p.from} · <strong>{t(`outcome.proposals.status.${p.status}`)}</strong>
            </p>
            <p className="outcome-proposal__text">{p.text}</p>
            {canDecide && (
              <Form method="post" aria-label={t("outcome.proposals.decisionFor", { n: p.id })}>
                <input type="hidden" name="proposalId" value={p.id} />
                <input type="hidden" name="intent" value="decide" />
                <SubmitButton name="decision" value="taken" className="button button--quiet">
                  {t("outcome.proposals.take")}
                </SubmitButton>{" "}
                <SubmitButton name="decision" value="not_taken" className="button button--quiet">
                  {t("outcome.proposals.reject")}
                </SubmitButton>
              </Form>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
