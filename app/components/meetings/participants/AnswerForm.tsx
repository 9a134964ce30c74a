import { Form } from "@remix-run/react";
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { rsvpAnswers } from "~/lib/meeting-states";
import type { FormResult, Me, MeetingStatus } from "./types";

/**
 * "My answer": in person, by video, or absent; a plain form with radio buttons, so it works without
 * JavaScript. Shown only to a member of the body while the meeting is convened (rsvp.answer).
 */
export function AnswerForm({
  me,
  status,
  canAnswer,
  result,
}: {
  me: Me;
  status: MeetingStatus;
  canAnswer: boolean;
  result?: FormResult;
}) {
  const { t } = useI18n();
  const id = useId();
  const error = result?.fieldErrors.answer;
  return (
    <section className="card participants-answer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("meetingsParticipants.my.title")}</h2>
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      <p>
        {me.rsvp
          ? t("meetingsParticipants.my.current", { answer: t(`meetingsParticipants.answer.${me.rsvp}`) })
          : t("meetingsParticipants.my.none")}
      </p>
      {me.presence && <p className="participants-present">{t(`meetingsParticipants.my.present.${me.presence}`)}</p>}
      {!canAnswer && (
        <p className="muted">{status === "draft" ? t("meetingsParticipants.my.notYet") : t("rsvp.closed")}</p>
      )}
      {canAnswer && (
        <Form method="post" noValidate>
          <p className="muted">{t("meetingsParticipants.my.lead")}</p>
          <fieldset
            className={`participants-choices${error ? " field--invalid" : ""}`}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <legend>{t("meetingsParticipants.my.legend")}</legend>
            {rsvpAnswers.map((answer) => (
              <div key={answer} className="field field--checkbox">
                <input
                  id={`${id}-${answer}`}
                  type="radio"
                  name="answer"
                  value={answer}
                  defaultChecked={me.rsvp === answer}
                />
                <label htmlFor={`${id}-${answer}`}>{t(`meetingsParticipants.my.choice.${answer}`)}</label>
              </div>
            ))}
            {error && (
              <p className="field__error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </fieldset>
          <SubmitButton name="intent" value="answer" pendingLabel={t("form.sending")}>
            {t("meetingsParticipants.my.submit")}
          </SubmitButton>
        </Form>
      )}
    </section>
  );
}
