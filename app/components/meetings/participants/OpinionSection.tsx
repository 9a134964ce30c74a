import { Form } from "@remix-run/react";
import { textLimits } from "~/lib/text-rules";
import { useId } from "react";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import type { AgendaChoice, FormResult, Me, MeetingStatus, MyOpinion } from "./types";

const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** R8: text, the accepted agenda items it concerns (at least one), an optional file; multipart, no JavaScript needed. */
function OpinionForm({
  items,
  opinion,
  result,
}: {
  items: AgendaChoice[];
  opinion: MyOpinion | null;
  result?: FormResult;
}) {
  const { t } = useI18n();
  const id = useId();
  const errors = result?.fieldErrors ?? {};
  // After a refusal the form shows what was typed; otherwise the opinion as it stands.
  const text = result ? String(result.values.text ?? "") : (opinion?.text ?? "");
  const chosen = new Set(result ? asList(result.values.itemIds).map(Number) : (opinion?.itemIds ?? []));
  return (
    <Form method="post" encType="multipart/form-data" noValidate className="participants-opinion-form">
      <div className={`field${errors.text ? " field--invalid" : ""}`}>
        <label htmlFor={`${id}-text`}>{t("meetingsParticipants.opinion.text")}</label>
        <textarea
          id={`${id}-text`}
          name="text"
          maxLength={textLimits.longText}
          rows={8}
          required
          defaultValue={text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={errors.text ? `${id}-text-error` : undefined}
        />
        {errors.text && (
          <p className="field__error" id={`${id}-text-error`}>
            {errors.text}
          </p>
        )}
      </div>
      <fieldset
        className={`participants-items${errors.itemIds ? " field--invalid" : ""}`}
        aria-describedby={[`${id}-items-hint`, errors.itemIds ? `${id}-items-error` : null].filter(Boolean).join(" ")}
      >
        <legend>{t("meetingsParticipants.opinion.items")}</legend>
        <p className="field__hint" id={`${id}-items-hint`}>
          {t("meetingsParticipants.opinion.itemsHint")}
        </p>
        {items.map((item) => (
          <div key={item.id} className="field field--checkbox">
            <input
              id={`${id}-item-${item.id}`}
              type="checkbox"
              name="itemIds"
              value={item.id}
              defaultChecked={chosen.has(item.id)}
            />
            <label htmlFor={`${id}-item-${item.id}`}>
              {t("meetingsParticipants.opinion.itemNumber", { n: item.number, title: item.title })}
            </label>
          </div>
        ))}
        {errors.itemIds && (
          <p className="field__error" id={`${id}-items-error`}>
            {errors.itemIds}
          </p>
        )}
      </fieldset>
      <div className={`field${errors.file ? " field--invalid" : ""}`}>
        <label htmlFor={`${id}-file`}>{t("meetingsParticipants.opinion.file")}</label>
        <p className="field__hint" id={`${id}-file-hint`}>
          {opinion?.file
            ? t("meetingsParticipants.opinion.fileReplace", { name: opinion.file.name })
            : t("meetingsParticipants.opinion.fileHint")}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          name="file"
          accept=".pdf,.docx,.odt,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,text/plain"
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={[`${id}-file-hint`, errors.file ? `${id}-file-error` : null].filter(Boolean).join(" ")}
        />
        {errors.file && (
          <p className="field__error" id={`${id}-file-error`}>
            {errors.file}
          </p>
        )}
      </div>
      <SubmitButton name="intent" value="opinion" pendingLabel={t("form.sending")}>
        {opinion ? t("meetingsParticipants.opinion.save") : t("meetingsParticipants.opinion.submit")}
      </SubmitButton>
    </Form>
  );
}

/** The opinion as submitted: text, the items it concerns, its file, and whether it was read out. */
function OpinionView({ opinion, items }: { opinion: MyOpinion; items: AgendaChoice[] }) {
  const { t, dateTime } = useI18n();
  const concerned = items.filter((i) => opinion.itemIds.includes(i.id));
  return (
    <article className="participants-opinion" aria-label={t("meetingsParticipants.opinion.yours")}>
      <h3>{t("meetingsParticipants.opinion.yours")}</h3>
      <p className="muted">
        {t("meetingsParticipants.opinion.submittedAt", { when: dateTime(opinion.submittedAt) })}
        {opinion.updatedAt !== opinion.submittedAt && (
          <> {t("meetingsParticipants.opinion.updatedAt", { when: dateTime(opinion.updatedAt) })}</>
        )}
      </p>
      <p className="participants-opinion__text">{opinion.text}</p>
      <p className="participants-opinion__items">{t("meetingsParticipants.opinion.concerns")}</p>
      <ul>
        {concerned.map((i) => (
          <li key={i.id}>{t("meetingsParticipants.opinion.itemNumber", { n: i.number, title: i.title })}</li>
        ))}
      </ul>
      {opinion.file && (
        <p>
          {/* Relative to /meetings/:id/participants, so it names /meetings/:id/opinions/… */}
          <a href={`opinions/${opinion.id}/file`} download>
            {t("meetingsParticipants.opinion.attached", {
              name: opinion.file.name,
              size: Math.max(1, Math.round(opinion.file.size / 1024)),
            })}
          </a>
        </p>
      )}
      {opinion.readOutAt && (
        <p className="badge badge--ok">
          {t("meetingsParticipants.opinion.readOut", { when: dateTime(opinion.readOutAt) })}
        </p>
      )}
    </article>
  );
}

/**
 * R8 (3.5 д): the written opinion of a member who will be absent. Offered once they answer "absent" (or,
 * when the meeting is under way, while they are not registered present); editable until the meeting starts.
 * Someone registered present is told why the form is not there.
 */
export function OpinionSection({
  me,
  items,
  status,
  canSubmit,
  result,
}: {
  me: Me;
  items: AgendaChoice[];
  status: MeetingStatus;
  canSubmit: boolean;
  result?: FormResult;
}) {
  const { t } = useI18n();
  const id = useId();
  const opinion = me.opinion;
  if (!me.seated && !opinion) return null;
  if (!canSubmit && !opinion && !result) return null;

  let content: JSX.Element;
  // The explanation of what an opinion is goes with the form; the other states say what to do instead.
  let lead = false;
  if (me.presence) {
    content = (
      <>
        {!result?.formError && (
          <Notice tone="warning">
            <strong>{t("meetingsParticipants.opinion.notAvailable")}</strong> {t("opinion.youArePresent")}
          </Notice>
        )}
        {opinion && <OpinionView opinion={opinion} items={items} />}
      </>
    );
  } else if (opinion) {
    lead = true;
    const editable = canSubmit && status === "convened";
    content = (
      <>
        <OpinionView opinion={opinion} items={items} />
        {editable ? (
          <details className="participants-edit" open={result ? true : undefined}>
            <summary>{t("meetingsParticipants.opinion.edit")}</summary>
            <p className="muted">{t("meetingsParticipants.opinion.editUntil")}</p>
            <OpinionForm items={items} opinion={opinion} result={result} />
          </details>
        ) : (
          canSubmit && <p className="muted">{t("opinion.editClosed")}</p>
        )}
      </>
    );
  } else if (!canSubmit) {
    content = <></>;
  } else if (items.length === 0) {
    content = <p className="muted">{t("meetingsParticipants.opinion.noItems")}</p>;
  } else if (me.rsvp === "absent" || status === "in_progress" || result) {
    lead = true;
    content = <OpinionForm items={items} opinion={null} result={result} />;
  } else {
    content = <p className="muted">{t("meetingsParticipants.opinion.answerAbsentFirst")}</p>;
  }

  return (
    <section className="card participants-opinion-card" aria-labelledby={`${id}-title`} id="opinion">
      <h2 id={`${id}-title`}>{t("meetingsParticipants.opinion.title")}</h2>
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      {lead && <p className="muted">{t("meetingsParticipants.opinion.lead")}</p>}
      {content}
    </section>
  );
}
