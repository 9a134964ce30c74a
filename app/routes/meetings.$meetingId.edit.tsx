import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { cancelMeeting, conveneMeeting, updateMeeting, sidesYetToApprove } from "../../db/commands/meetings/convening";
import { meetingDetailsSchema } from "../lib/meeting-input";
import { agreeToChange, declineChange, proposeChange, withdrawChange } from "../../db/commands/meetings/rescheduling";
import { useI18n } from "~/components/i18n";
import { MeetingDetailsForm } from "~/components/meetings/MeetingDetailsForm";
import { Notice } from "~/components/ui/Notice";
import { SubmitButton } from "~/components/ui/SubmitButton";
import { parseForm } from "~/lib/forms";
import { meetingFor } from "~/web/access.server";
import { failure, translateFieldErrors, translatorFor, readForm } from "~/web/request.server";
import { can } from "~/lib/policy";
import { localDateOf } from "~/lib/zoned-time";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { meeting, body } = meetingFor({ request, context, params }, "meeting.manage", "meeting.notEditable");
  // R2: who has still to approve the current agenda before the meeting may be convened.
  const waiting = meeting.status === "draft" ? sidesYetToApprove(context.services.db, { meeting, body }) : [];
  const time = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: body.timezone,
  }).format(meeting.startsAt);
  return {
    status: meeting.status,
    waiting,
    timezone: body.timezone,
    values: {
      startsOn: localDateOf(meeting.startsAt, body.timezone),
      startsAtTime: time,
      durationMinutes: meeting.durationMinutes,
      place: meeting.place,
      format: meeting.format,
      videoLink: meeting.videoLink,
    },
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, meeting } = meetingFor({ request, context, params }, "meeting.manage", "meeting.notEditable");
  const t = translatorFor(request, context);
  const form = await readForm(request, context);
  const intent = String(form.get("intent"));
  const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));
  try {
    if (intent === "convene") {
      const recipients = conveneMeeting(context.services, user, meeting.id);
      return redirect(`/meetings/${meeting.id}/edit?notice=convened&n=${recipients}`);
    }
    const proposalId = Number(form.get("proposalId"));
    if (intent === "agree") {
      const { inEffect } = agreeToChange(context.services, user, meeting.id, proposalId);
      return redirect(`/meetings/${meeting.id}/edit?notice=${inEffect ? "inEffect" : "agreed"}`);
    }
    if (intent === "decline") {
      declineChange(context.services, user, meeting.id, proposalId);
      return redirect(`/meetings/${meeting.id}/edit?notice=declined`);
    }
    if (intent === "withdraw") {
      withdrawChange(context.services, user, meeting.id, proposalId);
      return redirect(`/meetings/${meeting.id}/edit?notice=withdrawn`);
    }
    if (intent === "cancel") {
      if (form.get("confirm") !== "yes")
        return data(
          { fieldErrors: {} as Record<string, string>, formError: undefined, values, confirmCancel: true },
          { status: 409 },
        );
      cancelMeeting(context.services, user, meeting.id);
      return redirect(`/meetings/${meeting.id}?notice=cancelled`);
    }
    const parsed = parseForm(meetingDetailsSchema, form);
    if (!parsed.ok)
      return data(
        {
          fieldErrors: translateFieldErrors(parsed.fieldErrors, t),
          formError: t("form.fixErrors"),
          values,
          confirmCancel: false,
        },
        { status: 422 },
      );
    if (intent === "propose") {
      const { inEffect } = proposeChange(context.services, user, meeting.id, parsed.data);
      return redirect(`/meetings/${meeting.id}/edit?notice=${inEffect ? "inEffect" : "proposed"}`);
    }
    updateMeeting(context.services, user, meeting.id, parsed.data);
    return redirect(`/meetings/${meeting.id}/edit?notice=saved`);
  } catch (error) {
    const { body: problem, status } = failure(error, t);
    return data(
      { fieldErrors: problem.fieldErrors ?? {}, formError: problem.formError, values, confirmCancel: false },
      { status },
    );
  }
}

const reschedulingNotices = {
  proposed: "reschedule.notice.proposed",
  inEffect: "reschedule.notice.inEffect",
  agreed: "reschedule.notice.agreed",
  declined: "reschedule.notice.declined",
  withdrawn: "reschedule.notice.withdrawn",
} as const;

export default function EditMeeting() {
  const { t } = useI18n();
  const { status, waiting, timezone, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = params.get("notice");
  const editable = status === "draft" || status === "convened";
  const reschedulingNotice = reschedulingNotices[notice as keyof typeof reschedulingNotices];
  return (
    <>
      {notice === "created" && !result && <Notice tone="success">{t("meeting.notice.created")}</Notice>}
      {notice === "saved" && !result && (
        <Notice tone="success">
          {status === "convened" ? t("meeting.notice.savedSent") : t("meeting.notice.saved")}
        </Notice>
      )}
      {reschedulingNotice && !result && <Notice tone="success">{t(reschedulingNotice)}</Notice>}
      {notice === "convened" && !result && (
        <Notice tone="success">{t("meeting.notice.convened", { n: Number(params.get("n") ?? 0) })}</Notice>
      )}
      {result?.formError && <Notice tone="error">{result.formError}</Notice>}
      {!editable && <Notice tone="info">{t("meeting.notEditable")}</Notice>}
      {editable && (
        <div className="grid-2 grid-2--wide-first">
          <section className="card" aria-labelledby="details">
            <h2 id="details">{status === "convened" ? t("reschedule.title") : t("meeting.details")}</h2>
            {/* R2: once convened, a change is a proposal the other side agrees to. */}
            {status === "convened" && <p className="muted">{t("reschedule.lead")}</p>}
            <MeetingDetailsForm
              values={result?.values ?? { ...values, durationMinutes: String(values.durationMinutes) }}
              errors={result?.fieldErrors}
              timezone={timezone}
              submitLabel={status === "convened" ? t("reschedule.submit") : t("form.save")}
              intent={status === "convened" ? "propose" : "save"}
            />
          </section>
          <aside>
            {status === "draft" && (
              <section className="card" aria-labelledby="convene">
                <h2 id="convene">{t("meeting.convene")}</h2>
                <p>{t("meeting.conveneLead")}</p>
                {waiting.length > 0 ? (
                  <p className="muted">
                    {t("meeting.agendaNotApproved", { sides: waiting.map((s) => `«${s}»`).join(", ") })}
                  </p>
                ) : (
                  <Form method="post">
                    <SubmitButton name="intent" value="convene" className="button" pendingLabel={t("form.sending")}>
                      {t("meeting.conveneSubmit")}
                    </SubmitButton>
                  </Form>
                )}
              </section>
            )}
            <section className="card" aria-labelledby="cancel">
              <h2 id="cancel">{t("meeting.cancel")}</h2>
              <p className="muted">
                {status === "convened" ? t("meeting.cancelLeadConvened") : t("meeting.cancelLeadDraft")}
              </p>
              {result?.confirmCancel ? (
                <Notice tone="warning">
                  <p>{t("meeting.cancelConfirm")}</p>
                  <Form method="post" className="actions">
                    <input type="hidden" name="confirm" value="yes" />
                    <SubmitButton name="intent" value="cancel" className="button button--danger">
                      {t("meeting.cancelYes")}
                    </SubmitButton>
                  </Form>
                </Notice>
              ) : (
                <Form method="post">
                  <SubmitButton name="intent" value="cancel" className="button button--quiet">
                    {t("meeting.cancelSubmit")}
                  </SubmitButton>
                </Form>
              )}
            </section>
          </aside>
        </div>
      )}
    </>
  );
}
