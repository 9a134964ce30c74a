import { Form } from "@remix-run/react";
import { textLimits } from "~/lib/text-rules";
import { useI18n } from "~/components/i18n";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import type { AgendaView } from "~/web/agenda-view.server";
import { AgendaItemForm } from "./AgendaItemForm";
import { MaterialForm } from "./MaterialForm";
import { MaterialList } from "./MaterialList";

type Item = AgendaView["items"][number];

/** One question of the agenda (or a proposal): what, who speaks, how long, its materials, and what the reader may do with it. */
export function AgendaItemCard(props: {
  meetingId: number;
  item: Item;
  index: number | null;
  last: boolean;
  can: AgendaView["can"];
  deadlinePassed: boolean;
  /** The last day for materials, written out, in the body's timezone. */
  dueDate: string;
  errors?: { fieldErrors: Record<string, string>; formError?: string };
  editErrors?: Record<string, string>;
}) {
  const { t } = useI18n();
  const { item, can } = props;
  const headingId = `item-${item.id}`;
  return (
    <li className={`agenda-item agenda-item--${item.status}`} aria-labelledby={headingId}>
      <div className="agenda-item__head">
        <h3 id={headingId}>
          {props.index !== null && <span className="agenda-item__number">{props.index + 1}.</span>} {item.title}
        </h3>
        <span className="muted">{t("agenda.minutes", { n: item.durationMinutes })}</span>
      </div>
      {item.status !== "accepted" && (
        <p>
          <span className={`badge badge--${item.status === "declined" ? "bad" : "warn"}`}>
            {t(`agenda.status.${item.status}`)}
          </span>{" "}
          <span className="muted">{t("agenda.proposedBy", { name: item.proposerName ?? "—" })}</span>
        </p>
      )}
      {item.status === "declined" && item.declineReason && (
        <p className="decline-reason">{t("agenda.declineReason", { reason: item.declineReason })}</p>
      )}
      {item.description && <p className="agenda-item__description">{item.description}</p>}
      {item.speakers && <p>{t("agenda.speakersValue", { speakers: item.speakers })}</p>}
      {item.status !== "declined" && (
        <>
          <MaterialList
            meetingId={props.meetingId}
            materials={item.materials}
            canAccept={can.acceptMaterial}
            emptyText={props.deadlinePassed ? t("material.none") : t("material.dueBy", { date: props.dueDate })}
          />
          {item.mine && item.materials.length === 0 && !props.deadlinePassed && (
            <Notice tone="info">{t("agenda.yourMaterialsDue")}</Notice>
          )}
          {can.submitMaterial && (
            <MaterialForm
              itemId={item.id}
              itemTitle={item.title}
              errors={props.errors?.fieldErrors}
              late={props.deadlinePassed}
            />
          )}
        </>
      )}
      {can.manage && item.status !== "declined" && (
        <details className="material-form" open={props.editErrors ? true : undefined}>
          <summary>{t("agenda.edit")}</summary>
          <AgendaItemForm intent="update" item={item} errors={props.editErrors} submitLabel={t("form.save")} />
        </details>
      )}
      {can.manage && item.status === "accepted" && (
        <Form method="post" className="actions agenda-item__actions">
          <input type="hidden" name="itemId" value={item.id} />
          {props.index !== 0 && (
            <SubmitButton
              name="intent"
              value="up"
              className="button button--quiet"
              aria-label={t("agenda.upOf", { title: item.title })}
            >
              ↑
            </SubmitButton>
          )}
          {!props.last && (
            <SubmitButton
              name="intent"
              value="down"
              className="button button--quiet"
              aria-label={t("agenda.downOf", { title: item.title })}
            >
              ↓
            </SubmitButton>
          )}
          <SubmitButton name="intent" value="remove" className="button button--quiet">
            {t("agenda.remove")}
          </SubmitButton>
        </Form>
      )}
      {can.manage && item.status === "proposed" && (
        <div className="agenda-item__decision">
          <Form method="post">
            <input type="hidden" name="itemId" value={item.id} />
            <SubmitButton name="intent" value="accept" className="button">
              {t("agenda.accept")}
            </SubmitButton>
          </Form>
          <Form method="post" className="decline-form">
            <input type="hidden" name="itemId" value={item.id} />
            <div className="field">
              <label htmlFor={`reason-${item.id}`}>{t("agenda.reason")}</label>
              <input
                id={`reason-${item.id}`}
                name="reason"
                maxLength={textLimits.shortText}
                aria-invalid={props.errors?.fieldErrors.reason ? true : undefined}
                aria-describedby={props.errors?.fieldErrors.reason ? `reason-${item.id}-error` : undefined}
              />
              {props.errors?.fieldErrors.reason && (
                <p className="field__error" id={`reason-${item.id}-error`}>
                  {props.errors.fieldErrors.reason}
                </p>
              )}
            </div>
            <SubmitButton name="intent" value="decline" className="button button--quiet">
              {t("agenda.decline")}
            </SubmitButton>
          </Form>
        </div>
      )}
    </li>
  );
}
