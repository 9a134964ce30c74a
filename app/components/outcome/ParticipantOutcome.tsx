/**
 * A confirmed participant's view (issue 12): the draft as it stands, read-only, and a proposal form until the
 * deadline; after it, a kind word instead of the form. Works without an account (the personal link's cookie).
 */
import { Form } from "@remix-run/react";
import { useI18n } from "~/components/i18n";
import { TextAreaField } from "~/components/ui/Field";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import type { ProseNode } from "~/lib/prose-json";
import { StaticOutcome } from "./OutcomeEditor";

export interface ParticipantOutcomeProps {
  open: boolean;
  draft: ProseNode | null;
  lastDay: string | null;
  timeZone: string;
  mine: { id: number; text: string; status: "new" | "taken" | "not_taken" }[];
  value?: string;
  error?: string;
}

export function ParticipantOutcome({ open, draft, lastDay, timeZone, mine, value, error }: ParticipantOutcomeProps) {
  const { t } = useI18n();
  return (
    <>
      {open && draft ? (
        <section aria-labelledby="draft-title">
          <h2 id="draft-title">{t("outcome.participant.title")}</h2>
          {lastDay && <p>{t("outcome.participant.lead", { day: lastDay, timeZone })}</p>}
          <StaticOutcome draft={draft} />
          <Form method="post" className="card">
            <TextAreaField
              label={t("outcome.participant.proposal")}
              name="text"
              rows={6}
              required
              defaultValue={value}
              error={error}
            />
            <SubmitButton name="intent" value="propose">
              {t("outcome.participant.send")}
            </SubmitButton>
          </Form>
        </section>
      ) : (
        <Notice tone="info">{t("outcome.participant.closed")}</Notice>
      )}
      {mine.length > 0 && (
        <section className="card" aria-labelledby="mine-title">
          <h2 id="mine-title">{t("outcome.participant.mine")}</h2>
          <ol>
            {mine.map((p) => (
              <li key={p.id}>
                <p className="outcome-proposal__text">{p.text}</p>
                <p className="muted">{t(`outcome.proposals.status.${p.status}`)}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
